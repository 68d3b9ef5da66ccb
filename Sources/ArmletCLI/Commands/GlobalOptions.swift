import ArgumentParser
import ArmletEngine
import ArmletTemplate
import ArmletState
import ArmletJSON
import Foundation

/// The Azure CLI's global flags every state-using command accepts, plus Armlet's `--state-dir`.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("state-dir"),
            help: "The directory holding Armlet's state (default: $ARMLET_HOME, else ~/.armlet).")
    var stateDir: String?

    @Flag(name: .customLong("only-show-errors"), help: "Only show errors, suppressing warnings.")
    var onlyShowErrors = false

    @Flag(name: .customLong("debug"), help: "Increase logging verbosity to show all debug logs (on standard error).")
    var debug = false

    /// Opens the engine for these flags and `subscription` (a name or id, `--subscription`).
    func context(subscription: String? = nil) throws -> EngineContext {
        let configuration = try EngineConfiguration(stateDirectory: stateDir, subscription: subscription)
        trace("state directory: \(configuration.resolvedStateDirectory)")
        trace("clock: \(configuration.clock)")
        return try configuration.open()
    }

    /// Writes `WARNING: …` to standard error unless `--only-show-errors`.
    func warn(_ text: String) {
        if !onlyShowErrors { Console.errorLine("WARNING: " + text) }
    }

    /// Writes `DEBUG: …` to standard error with `--debug`.
    func trace(_ text: String) {
        if debug { Console.errorLine("DEBUG: " + text) }
    }
}

/// The global `--subscription` flag (a subscription name or id).
struct SubscriptionOption: ParsableArguments {
    @Option(name: .customLong("subscription"), help: "Name or ID of subscription.")
    var subscription: String?
}

/// A failure the command line prints exactly as given, with the Azure CLI's exit code.
struct AzureCLIFailure: Error {
    /// The text after `ERROR: ` (may span lines).
    var text: String
    /// 1 for failures, 3 for a missing resource (`ResourceNotFoundError`).
    var exitCode: Int32
}

/// How the Azure CLI prints service errors.
enum AzureErrorText {
    /// azure-core's form: `(Code) Message` then `Code:` and `Message:` lines; a missing resource
    /// exits with 3 as the CLI's `ResourceNotFoundError` does.
    static func service(_ error: ARMError) -> AzureCLIFailure {
        let text = "(\(error.code)) \(error.message)\nCode: \(error.code)\nMessage: \(error.message)"
        return AzureCLIFailure(text: text, exitCode: error.httpStatus == 404 ? 3 : 1)
    }

    /// `az deployment group create|validate`'s preflight form: `Code - Message`, one line per error,
    /// depth first (`_build_preflight_error_message` of azure-cli); Armlet puts the template position
    /// first on lines that have one.
    static func preflight(_ error: ARMError) -> AzureCLIFailure {
        var lines: [String] = []
        func add(_ e: ARMError) {
            let location = e.location.map { "\($0): " } ?? ""
            lines.append("\(location)\(e.code) - \(e.message)")
            e.details.forEach(add)
        }
        add(error)
        return AzureCLIFailure(text: lines.joined(separator: "\n"), exitCode: 1)
    }

    /// A failed deployment as the CLI reports the failed long-running operation: the operation
    /// status body as ARM returns it (compact JSON).
    static func deploymentFailed(_ error: JSONValue) -> AzureCLIFailure {
        let body: JSONValue = ["status": "Failed", "error": error]
        return AzureCLIFailure(text: JSONWriter.write(body, style: .compact), exitCode: 1)
    }

    /// Runs `body`, turning ARM errors into the CLI's service form.
    static func serviceErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ARMError {
            throw service(error)
        }
    }
}
