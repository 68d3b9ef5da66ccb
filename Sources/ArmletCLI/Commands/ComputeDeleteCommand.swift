import ArgumentParser
import ArmletEngine
import ArmletJSON

/// `armlet disk delete` / `armlet snapshot delete`.
///
/// `az disk delete` asks for confirmation (`--yes` skips it); `az snapshot delete` does not ask.
struct ComputeDeleteCommand<Kind: ComputeKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a \(Kind.noun).",
            discussion: """
            \(Kind.self == DiskKind.self ? "Asks for confirmation unless --yes is given; without a terminal to ask on, fails as 'az disk delete' does. " : "")\
            Deleting a \(Kind.noun) that does not exist succeeds.

            Example:
              armlet \(Kind.group) delete -g disks-rg -n \(Kind.exampleName)\(Kind.self == DiskKind.self ? " --yes" : "")
            """
        )
    }

    @OptionGroup var target: ComputeTargetOptions

    @Flag(name: [.customShort("y"), .long], help: "Do not prompt for confirmation.")
    var yes = false

    @Flag(name: .customLong("no-wait"), help: "Do not wait for the long-running operation to finish.")
    var noWait = false

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        if Kind.self == DiskKind.self, try !Confirmation.confirmed(yes: yes, global: global) { return }
        let manager = try global.context(subscription: subscription.subscription).resources
        let subscriptionId = try AzureErrorText.serviceErrors { try manager.currentSubscription().id }
        for id in target.resourceIds(type: Kind.armType, subscriptionId: subscriptionId) {
            _ = try AzureErrorText.serviceErrors { try manager.delete(id: id, apiVersion: ComputeAPI.version) }
        }
    }
}
