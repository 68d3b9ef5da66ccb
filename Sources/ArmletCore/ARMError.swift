public import ArmletJSON

/// An error as Azure Resource Manager reports it: a code, a message, an optional `target`, nested
/// `details` and `additionalInfo`, and the HTTP status of the response that carries it.
///
/// The one ARM error type of every layer: providers, the engine and the server throw it, the REST
/// API answers with ``errorBody``, the deployment record stores ``json``, and the command line prints
/// it as `az` prints ARM's answer. `location` is where in a template the error applies, when it came
/// from one (ARM reports the same position as a `TemplateViolation` `additionalInfo` entry).
public struct ARMError: ArmletError, Hashable {
    public var code: String
    public var message: String
    public var target: String?
    /// Inner errors, in the order they were found.
    public var details: [ARMError]
    /// ARM's `additionalInfo` entries (`{type, info}`).
    public var additionalInfo: [JSONValue]
    /// The HTTP status of the error response: 4xx for the caller's mistakes, 5xx only for Armlet's own faults.
    public var httpStatus: Int
    public var location: SourceLocation?

    /// An error with ARM `code` and `message` (HTTP 400 unless `httpStatus` says otherwise).
    public init(code: String, message: String, target: String? = nil, details: [ARMError] = [],
                additionalInfo: [JSONValue] = [], httpStatus: Int = 400, location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.target = target
        self.details = details
        self.additionalInfo = additionalInfo
        self.httpStatus = httpStatus
        self.location = location
    }

    /// The error object (`{code, target?, message, details?, additionalInfo?}`).
    public var json: JSONValue {
        var o = JSONObject()
        o["code"] = .string(code)
        if let target { o["target"] = .string(target) }
        o["message"] = .string(message)
        if !details.isEmpty { o["details"] = .array(details.map(\.json)) }
        if !additionalInfo.isEmpty { o["additionalInfo"] = .array(additionalInfo) }
        return .object(o)
    }

    /// ARM's error response body: `{"error": {...}}`.
    public var errorBody: JSONValue { ["error": json] }

    /// Reads an error object written by ``json`` (locations are not kept; the status is 400).
    public init?(json: JSONValue) {
        guard let code = json["code"]?.stringValue else { return nil }
        self.init(code: code, message: json["message"]?.stringValue ?? "", target: json["target"]?.stringValue,
                  details: (json["details"]?.arrayValue ?? []).compactMap { ARMError(json: $0) },
                  additionalInfo: json["additionalInfo"]?.arrayValue ?? [])
    }

    /// ARM's `TemplateViolation` entry for a template position.
    public static func templateViolation(_ location: SourceLocation, path: String?) -> JSONValue {
        var info = JSONObject()
        info["lineNumber"] = .int(Int64(location.line))
        info["linePosition"] = .int(Int64(location.column))
        info["path"] = .string(path ?? "")
        return ["type": "TemplateViolation", "info": .object(info)]
    }
}

/// Errors of other layers that know their ARM form (the state store's, for example).
public protocol ARMErrorConvertible: Error {
    /// The error as ARM would answer it, HTTP status included.
    var armError: ARMError { get }
}

extension ARMError {
    /// Any error as an ARM error, by one policy: ARM errors unchanged; errors that know their ARM form
    /// convert themselves; located diagnostics (several at once as a ``DiagnosticList``) are the
    /// caller's mistakes, 400, keeping their location; anything else is Armlet's own fault, 500
    /// `InternalServerError` (clients retry a 5xx, so a caller's mistake must never be one).
    public static func from(_ error: any Error) -> ARMError {
        switch error {
        case let e as ARMError:
            return e
        case let e as any ARMErrorConvertible:
            return e.armError
        case let e as DiagnosticList:
            let errors = e.diagnostics.filter { $0.severity == .error }
            guard let first = errors.first ?? e.diagnostics.first else {
                return ARMError(code: "InvalidTemplate", message: e.description)
            }
            return ARMError(code: first.code, message: first.message, target: first.target,
                            details: errors.dropFirst().map { from($0) }, location: first.location)
        case let e as any ArmletError:
            return ARMError(code: e.code, message: e.message, target: e.target, location: e.location)
        default:
            return .internalServerError(String(describing: error))
        }
    }

    /// 500: a fault of Armlet itself (never a caller's mistake).
    public static func internalServerError(_ detail: String) -> ARMError {
        ARMError(code: "InternalServerError", message: "Armlet failed to process the request: \(detail)",
                 httpStatus: 500)
    }
}
