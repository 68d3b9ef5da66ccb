import ArgumentParser
import ArmletCore
import ArmletEngine
import ArmletTemplate
import ArmletJSON
import Foundation

/// The Azure CLI's global flags every state-using command accepts, plus Armlet's `--state-dir`.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("state-dir"),
            help: "The directory holding Armlet's state (default: $ARMLET_HOME, else ~/.armlet).")
    var stateDir: String?

    @Option(name: .customLong("state-url"),
            help: "A PostgreSQL state: postgresql://USER@HOST:PORT/DB (default: $ARMLET_STATE_URL, else --state-dir's SQLite).")
    var stateURL: String?

    @Flag(name: .customLong("only-show-errors"), help: "Only show errors, suppressing warnings.")
    var onlyShowErrors = false

    @Flag(name: .customLong("debug"), help: "Increase logging verbosity to show all debug logs (on standard error).")
    var debug = false

    /// Opens the engine for these flags and `subscription` (a name or id, `--subscription`).
    func context(subscription: String? = nil) throws -> EngineContext {
        let configuration = try EngineConfiguration(stateDirectory: stateDir, stateURL: stateURL, subscription: subscription)
        let state = configuration.stateDescription
        trace(state == configuration.resolvedStateDirectory ? "state directory: \(state)" : "state: \(state)")
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
        AzureCLIFailure(text: describe(error), exitCode: error.httpStatus == 404 ? 3 : 1)
    }

    /// azure-core's text of an ARM error: `(Code) Message`, `Code:`, `Message:`, then `Target:`,
    /// the inner errors (`Exception Details:`, each indented by a tab, the first on the same line
    /// as its heading) and `Additional Information:` (`Type:` and the info as 4-space JSON).
    static func describe(_ error: ARMError) -> String {
        var text = "(\(error.code)) \(error.message)\nCode: \(error.code)\nMessage: \(error.message)"
        if let target = error.target { text += "\nTarget: \(target)" }
        if !error.details.isEmpty {
            text += "\nException Details:"
            for detail in error.details {
                text += describe(detail).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "\t" + $0 }.joined(separator: "\n")
            }
        }
        if !error.additionalInfo.isEmpty {
            text += "\nAdditional Information:"
            for entry in error.additionalInfo {
                text += "Type: \(entry["type"]?.stringValue ?? "None")\nInfo: "
                    + PythonJSON.dumps(entry["info"] ?? .null, indent: 4)
            }
        }
        return text
    }

    /// How the CLI reports a template that failed validation, which depends on how ARM answered.
    enum PreflightForm {
        /// `validate` (and so `create`) answered 400 with the error body: the error as JSON
        /// without its `details`, then each inner error as `Inner Errors: ` and its JSON, depth
        /// first, blank lines between. The `TemplateViolation` `additionalInfo` carries the
        /// template line and column.
        case errorResponse
        /// `whatIf` finished with `status: Failed`: `Code - Message`, one line per error, depth first.
        case failedOperation
    }

    /// A failed preflight in the CLI's words (`_build_http_response_error_message` and
    /// `_build_preflight_error_message` of azure-cli).
    static func preflight(_ error: ARMError, form: PreflightForm) -> AzureCLIFailure {
        var parts: [String] = []
        switch form {
        case .errorResponse:
            func withoutDetails(_ e: ARMError) -> String {
                var object = e.json.objectValue ?? JSONObject()
                object["details"] = nil
                return PythonJSON.dumps(.object(object))
            }
            func inner(_ e: ARMError) {
                parts.append("Inner Errors: \n" + withoutDetails(e))
                e.details.forEach(inner)
            }
            parts.append(withoutDetails(error))
            error.details.forEach(inner)
            return AzureCLIFailure(text: parts.joined(separator: "\n\n"), exitCode: 1)
        case .failedOperation:
            func add(_ e: ARMError) {
                parts.append("\(e.code) - \(e.message)")
                e.details.forEach(add)
            }
            add(error)
            return AzureCLIFailure(text: parts.joined(separator: "\n"), exitCode: 1)
        }
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
