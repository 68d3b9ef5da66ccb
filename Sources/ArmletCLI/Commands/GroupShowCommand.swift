import ArgumentParser
import ArmletEngine
import ArmletTemplate
import ArmletJSON

/// `armlet group show -n NAME`.
struct GroupShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Get a resource group.",
        discussion: """
        A missing group fails with ResourceGroupNotFound and exit code 3, as 'az group show' does.

        Example:
          armlet group show -n disks-rg --query location -o tsv
        """
    )

    @OptionGroup var group: GroupNameOption
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let manager = try global.context(subscription: subscription.subscription).resources
        let record = try AzureErrorText.serviceErrors { try manager.group(name: group.name) }
        try outputOptions.emit(AzureSDKModels.resourceGroup.project(ARMBodies.resourceGroup(record)))
    }
}

/// `armlet group list`.
struct GroupListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List resource groups.",
        discussion: """
        Example:
          armlet group list --query "[].name" -o tsv
        """
    )

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let manager = try global.context(subscription: subscription.subscription).resources
        let groups = try AzureErrorText.serviceErrors { try manager.groups() }
        try outputOptions.emit(.array(groups.map { AzureSDKModels.resourceGroup.project(ARMBodies.resourceGroup($0)) }), tableTransformer: .groupList)
    }
}

/// `armlet group exists -n NAME`: prints `true` or `false`.
struct GroupExistsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exists",
        abstract: "Check if a resource group exists.",
        discussion: """
        Prints true or false and exits with 0 either way, as 'az group exists' does.

        Example:
          armlet group exists -n disks-rg
        """
    )

    @OptionGroup var group: GroupNameOption
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let manager = try global.context(subscription: subscription.subscription).resources
        let exists = try AzureErrorText.serviceErrors { try manager.groupExists(name: group.name) }
        try outputOptions.emit(.bool(exists))
    }
}
