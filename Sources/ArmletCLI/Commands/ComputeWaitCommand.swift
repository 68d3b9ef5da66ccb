import ArgumentParser
import ArmletEngine
import ArmletJSON
import ArmletState
import Foundation
import JMESPath

/// `armlet disk wait` / `armlet snapshot wait`: blocks until a condition holds.
///
/// Polls every `--interval` seconds of clock time. With a stored clock (`ARMLET_CLOCK=stored…`)
/// each poll advances the shared clock by the interval instead of sleeping, so a wait for a
/// background copy finishes at once and deterministically; other clocks sleep.
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

    @Flag(name: .long, help: "Wait until created with 'provisioningState' at 'Succeeded'.")
    var created = false
    @Flag(name: .long, help: "Wait until deleted.")
    var deleted = false
    @Flag(name: .long, help: "Wait until updated with provisioningState at 'Succeeded'.")
    var updated = false
    @Flag(name: .long, help: "Wait until the resource exists.")
    var exists = false
    @Option(name: .long, help: "Wait until the condition satisfies a custom JMESPath query. E.g. provisioningState!='InProgress'.")
    var custom: String?
    @Option(name: .long, help: "Polling interval in seconds.")
    var interval: Int = 30
    @Option(name: .long, help: "Maximum wait in seconds.")
    var timeout: Int = 3600

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if let custom {
            do { _ = try JMESPathExpression(custom) } catch {
                throw ValidationError("argument --custom: invalid jmespath_type value: '\(custom)'")
            }
        }
        if !created && !deleted && !updated && !exists && custom == nil {
            throw ValidationError("incorrect usage: --created | --updated | --deleted | --exists | --custom JMESPATH")
        }
    }

    func run() throws {
        let context = try global.context(subscription: subscription.subscription)
        let manager = context.resources
        let subscriptionId = try AzureErrorText.serviceErrors { try manager.currentSubscription().id }
        let condition = try custom.map { try JMESPathExpression($0) }
        let progress = WaitProgress()
        let step = max(1, interval)
        // As the CLI's wait: at most one poll per `interval` within `timeout` (Python's
        // `range(0, timeout, interval)`), then the time-out is *returned*, not raised, so the
        // CLI prints the error object as its result (`{}`) and exits 0.
        let polls = timeout > 0 ? (timeout + step - 1) / step : 0
        for id in target.resourceIds(type: Kind.armType, subscriptionId: subscriptionId) {
            var met = false
            for _ in 0..<polls {
                progress.tick()
                if try isMet(id: id, manager: manager, condition: condition) {
                    met = true
                    break
                }
                if let stored = context.clock as? StoredClock {
                    try stored.advance(by: TimeInterval(step))
                } else {
                    Thread.sleep(forTimeInterval: TimeInterval(step))
                }
            }
            if !met {
                progress.finish()
                try outputOptions.emit(.object(JSONObject()))
                return
            }
        }
        progress.finish()
    }

    private func isMet(id: String, manager: ResourceManager, condition: JMESPathExpression?) throws -> Bool {
        let body: JSONValue
        do {
            // The CLI's generated wait commands test the resource as ARM returns it, *not* flattened:
            // `--custom "properties.provisioningState=='Succeeded'"` matches, `provisioningState==…` never does.
            body = try manager.get(id: id, apiVersion: ComputeAPI.version)
        } catch let error as ARMError where error.httpStatus == 404 {
            if deleted { return true }
            if !(created || exists || custom != nil) { throw AzureErrorText.service(error) }
            return false
        } catch let error as ARMError {
            throw AzureErrorText.service(error)
        }
        if exists { return true }
        let state = (body["properties"]?["provisioningState"]?.stringValue ?? "").lowercased()
        if state == "failed" { throw AzureCLIFailure(text: "The operation failed", exitCode: 1) }
        if (created || updated) && state == "succeeded" { return true }
        if let condition { return Self.isTruthy(try condition.search(body)) }
        return false
    }

    /// Python's `bool()` of a JMESPath result.
    static func isTruthy(_ value: JSONValue) -> Bool {
        switch value {
        case .null, .bool(false): false
        case .int(let i): i != 0
        case .double(let d): d != 0
        case .string(let s): !s.isEmpty
        case .array(let a): !a.isEmpty
        case .object(let o): !o.isEmpty
        default: true
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
