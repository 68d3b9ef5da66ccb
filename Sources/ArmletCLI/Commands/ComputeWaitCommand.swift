import ArgumentParser
import ArmletEngine
import ArmletJSON
import Foundation
import JMESPath

/// `armlet disk wait` / `armlet snapshot wait`: blocks until a condition holds (see ``AzureWait``).
struct ComputeWaitCommand<Kind: ComputeKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "wait",
            abstract: "Place the CLI in a waiting state until a condition of the \(Kind.noun) is met.",
            discussion: """
            Example:
              armlet \(Kind.group) wait -g disks-rg -n \(Kind.exampleName) --custom "properties.completionPercent==`100`"
            """
        )
    }

    @OptionGroup var target: ComputeTargetOptions
    @OptionGroup var waitOptions: WaitOptions
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let context = try global.context(subscription: subscription.subscription)
        let manager = context.resources
        let subscriptionId = try AzureErrorText.serviceErrors { try manager.currentSubscription().id }
        let wait = try waitOptions.wait()
        for id in target.resourceIds(type: Kind.armType, subscriptionId: subscriptionId) {
            let met = try wait.run(clock: context.clock) { try manager.get(id: id, apiVersion: ComputeAPI.version) }
            if !met {
                try outputOptions.emit(.object(JSONObject()))
                return
            }
        }
    }
}

/// The Azure CLI's "- Running .." indicator on standard error, shown only when it is a terminal.
struct WaitProgress {
    private let enabled = isatty(STDERR_FILENO) == 1

    func tick() {
        if enabled { Console.current.err("\r- Running ..") }
    }

    func finish() {
        if enabled { Console.current.err("\r            \r") }
    }
}
