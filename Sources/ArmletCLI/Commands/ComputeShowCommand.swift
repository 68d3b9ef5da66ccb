import ArgumentParser
import ArmletEngine
import ArmletJSON

/// `armlet disk show` / `armlet snapshot show`.
struct ComputeShowCommand<Kind: ComputeKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            abstract: "Get information about a \(Kind.noun).",
            discussion: """
            A missing \(Kind.noun) fails with ResourceNotFound and exit code 3, as 'az \(Kind.group) show' does.

            Example:
              armlet \(Kind.group) show -g disks-rg -n \(Kind.exampleName) --query [completionPercent] -o tsv
            """
        )
    }

    @OptionGroup var target: ComputeTargetOptions
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let manager = try global.context(subscription: subscription.subscription).resources
        let subscriptionId = try AzureErrorText.serviceErrors { try manager.currentSubscription().id }
        let shown = try target.resourceIds(type: Kind.armType, subscriptionId: subscriptionId).map { id in
            try AzureErrorText.serviceErrors {
                AzureResourceShape.flatten(try manager.get(id: id, apiVersion: ComputeAPI.version))
            }
        }
        if shown.count == 1 {
            try outputOptions.emit(shown[0], tableTransformer: Kind.showTable)
        } else {
            try outputOptions.emit(.array(shown))
        }
    }
}

/// `armlet disk list` / `armlet snapshot list`.
struct ComputeListCommand<Kind: ComputeKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: "List \(Kind.noun)s.",
            discussion: """
            \(Kind.listNeedsResourceGroup ? "--resource-group is required, as in the Azure CLI." : "Without --resource-group, lists the \(Kind.noun)s of the whole subscription.")

            Example:
              armlet \(Kind.group) list -g disks-rg --query "[].name" -o tsv
            """
        )
    }

    @Option(name: [.customShort("g"), .customLong("resource-group")], help: "Name of resource group.")
    var resourceGroup: String?

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if Kind.listNeedsResourceGroup && resourceGroup == nil {
            throw ValidationError("the following arguments are required: --resource-group/-g")
        }
    }

    func run() throws {
        let manager = try global.context(subscription: subscription.subscription).resources
        let listed = try AzureErrorText.serviceErrors {
            try manager.list(type: Kind.armType, resourceGroup: resourceGroup)
        }
        try outputOptions.emit(.array(listed.map(AzureResourceShape.flatten)), tableTransformer: Kind.listTable)
    }
}
