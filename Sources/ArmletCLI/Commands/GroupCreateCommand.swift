import ArgumentParser
import ArmletEngine
import ArmletTemplate
import ArmletJSON

/// `armlet group create -n NAME -l LOCATION [--tags k=v ...]`.
struct GroupCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a new resource group (or update the tags of an existing one).",
        discussion: """
        Prints the group as 'az group create' does.

        Example:
          armlet group create -n disks-rg -l westus --tags env=dev
        """
    )

    @OptionGroup var group: GroupNameOption

    @Option(name: [.customShort("l"), .long], help: "Location, e.g. westus.")
    var location: String

    @Option(name: .long, parsing: .upToNextOption,
            help: "Space-separated tags: key[=value] [key[=value] ...]. Use \"\" to clear existing tags.")
    var tags: [String] = []

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let context = try global.context(subscription: subscription.subscription)
        let manager = context.resources
        let parsed = tags.isEmpty ? nil : TagArguments.parse(tags)
        let result = try AzureErrorText.serviceErrors {
            try manager.createOrUpdateGroup(name: group.name, location: location, tags: parsed)
        }
        try outputOptions.emit(AzureSDKModels.resourceGroup.project(ARMBodies.resourceGroup(result.group)))
    }
}

/// `--tags a=b c=d` as the Azure CLI reads them (`a` alone means an empty value).
enum TagArguments {
    static func parse(_ arguments: [String]) -> JSONObject {
        var tags = JSONObject()
        for argument in arguments where !argument.isEmpty {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            tags[parts[0]] = .string(parts.count > 1 ? parts[1] : "")
        }
        return tags
    }
}
