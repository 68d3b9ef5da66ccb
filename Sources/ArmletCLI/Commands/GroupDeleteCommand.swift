import ArgumentParser
import ArmletEngine
import ArmletTemplate
import ArmletJSON

/// `armlet group delete -n NAME [--yes] [--no-wait]`.
struct GroupDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a resource group and every resource in it.",
        discussion: """
        Asks for confirmation unless --yes is given; without a terminal to ask on, fails as \
        'az group delete' does. The deployments of the group are deleted with it.

        Example:
          armlet group delete -n disks-rg --yes
        """
    )

    @OptionGroup var group: GroupNameOption

    @Flag(name: [.customShort("y"), .long], help: "Do not prompt for confirmation.")
    var yes = false

    @Flag(name: .customLong("no-wait"), help: "Do not wait for the long-running operation to finish.")
    var noWait = false

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard try Confirmation.confirmed(yes: yes, global: global) else { return }
        let manager = try global.context(subscription: subscription.subscription).resources
        try AzureErrorText.serviceErrors { try manager.deleteGroup(name: group.name) }
    }
}
