import ArgumentParser
import ArmletCore
import ArmletEngine
import ArmletJSON
import ArmletState
import Foundation
import JMESPath

/// The Azure CLI's generic wait loop (`--created | --updated | --deleted | --exists | --custom`),
/// shared by `disk wait`, `snapshot wait` and `deployment group wait`.
///
/// As the CLI: at most one poll per `--interval` within `--timeout` (Python's
/// `range(0, timeout, interval)`); the resource is tested as the service returns it, *not*
/// flattened (`--custom "properties.provisioningState=='Succeeded'"`); `Failed` stops the wait with
/// "The operation failed"; a time-out is *returned*, not raised, so the CLI prints the error object
/// as its result (`{}`) and exits 0. With a stored clock (`ARMLET_CLOCK=stored…`) each poll advances
/// the shared clock by the interval instead of sleeping, so waits finish at once and deterministically.
struct AzureWait {
    var created = false
    var deleted = false
    var updated = false
    var exists = false
    var condition: JMESPathExpression?
    var interval = 30
    var timeout = 3600

    /// Whether any condition was given (the CLI's usage error otherwise).
    var hasCondition: Bool { created || deleted || updated || exists || condition != nil }

    /// Polls `fetch` until the condition holds; false when `timeout` ran out first.
    /// `fetch` throws ``ARMError`` for a failed GET (404 is how a missing resource shows).
    func run(clock: any ArmletState.Clock, fetch: () throws -> JSONValue) throws -> Bool {
        let progress = WaitProgress()
        let step = max(1, interval)
        let polls = timeout > 0 ? (timeout + step - 1) / step : 0
        defer { progress.finish() }
        for _ in 0..<polls {
            progress.tick()
            if try isMet(fetch) { return true }
            if let stored = clock as? StoredClock {
                try stored.advance(by: TimeInterval(step))
            } else {
                Thread.sleep(forTimeInterval: TimeInterval(step))
            }
        }
        return false
    }

    private func isMet(_ fetch: () throws -> JSONValue) throws -> Bool {
        let body: JSONValue
        do {
            body = try fetch()
        } catch let error as ARMError where error.httpStatus == 404 {
            if deleted { return true }
            if !(created || exists || condition != nil) { throw AzureErrorText.service(error) }
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

/// The wait flags of the Azure CLI's wait commands.
struct WaitOptions: ParsableArguments {
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

    /// The wait these flags describe.
    func wait() throws -> AzureWait {
        AzureWait(created: created, deleted: deleted, updated: updated, exists: exists,
                  condition: try custom.map { try JMESPathExpression($0) }, interval: interval, timeout: timeout)
    }
}
