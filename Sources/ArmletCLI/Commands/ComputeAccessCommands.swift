import ArgumentParser
import ArmletEngine
import ArmletJSON
import ArmletProviders

/// `armlet disk grant-access` / `armlet snapshot grant-access`: a read or write SAS.
struct ComputeGrantAccessCommand<Kind: ComputeKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "grant-access",
            abstract: "Grant a resource read access to a \(Kind.noun).",
            discussion: """
            Prints {"accessSAS": "<url>"} as 'az \(Kind.group) grant-access' does. A \(Kind.noun) still \
            filled by a background copy cannot be exported yet.

            Example:
              armlet \(Kind.group) grant-access -g disks-rg -n \(Kind.exampleName) --duration-in-seconds 3600 --query accessSAS -o tsv
            """
        )
    }

    @OptionGroup var target: ComputeTargetOptions

    @Option(name: .customLong("duration-in-seconds"), help: "Time duration in seconds until the SAS access expires.")
    var durationInSeconds: Int64

    @Option(name: .customLong("access-level"), help: "Access level: Read or Write.")
    var accessLevel: String = "Read"

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let manager = try global.context(subscription: subscription.subscription).resources
        let subscriptionId = try AzureErrorText.serviceErrors { try manager.currentSubscription().id }
        let body: JSONValue = ["access": .string(accessLevel), "durationInSeconds": .int(durationInSeconds)]
        for id in target.resourceIds(type: Kind.armType, subscriptionId: subscriptionId) {
            let result = try AzureErrorText.serviceErrors {
                try manager.action("beginGetAccess", id: id, apiVersion: ComputeAPI.version, body: body)
            }
            let sas = result.body?["accessSAS"] ?? .null
            try outputOptions.emit(["accessSAS": sas])
        }
    }
}

/// `armlet disk revoke-access` / `armlet snapshot revoke-access`.
struct ComputeRevokeAccessCommand<Kind: ComputeKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "revoke-access",
            abstract: "Revoke a resource's read access to a \(Kind.noun).",
            discussion: """
            Example:
              armlet \(Kind.group) revoke-access -g disks-rg -n \(Kind.exampleName)
            """
        )
    }

    @OptionGroup var target: ComputeTargetOptions
    @Flag(name: .customLong("no-wait"), help: "Do not wait for the long-running operation to finish.")
    var noWait = false
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let manager = try global.context(subscription: subscription.subscription).resources
        let subscriptionId = try AzureErrorText.serviceErrors { try manager.currentSubscription().id }
        for id in target.resourceIds(type: Kind.armType, subscriptionId: subscriptionId) {
            _ = try AzureErrorText.serviceErrors {
                try manager.action("endGetAccess", id: id, apiVersion: ComputeAPI.version, body: .null)
            }
        }
    }
}
