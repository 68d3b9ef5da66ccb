import ArmletJSON

/// An error as Azure Resource Manager reports it: a code, a message, an optional `target`, nested
/// `details` and `additionalInfo`, plus the HTTP status a REST server would answer with.
///
/// It renders as ARM's error body (``errorBody``) for the REST API and the deployment record, and as
/// an ``ArmletError`` for the command line. `location` is where in a template the error applies,
/// when it came from a template (ARM reports the same position as a `TemplateViolation`
/// `additionalInfo` entry).
public struct ARMError: ArmletError, Hashable {
    public var code: String
    public var message: String
    public var target: String?
    /// Inner errors, in the order they were found.
    public var details: [ARMError]
    /// ARM's `additionalInfo` entries (`{type, info}`).
    public var additionalInfo: [JSONValue]
    /// The HTTP status of the error response.
    public var httpStatus: Int
    public var location: SourceLocation?

    /// An error with ARM `code` and `message`.
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

    /// The error object (`{code, message, target?, details?, additionalInfo?}`).
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

    /// Reads an error object written by ``json`` (locations are not kept).
    public init?(json: JSONValue) {
        guard let code = json["code"]?.stringValue else { return nil }
        self.init(code: code, message: json["message"]?.stringValue ?? "", target: json["target"]?.stringValue,
                  details: (json["details"]?.arrayValue ?? []).compactMap { ARMError(json: $0) },
                  additionalInfo: json["additionalInfo"]?.arrayValue ?? [])
    }

    /// ARM's `TemplateViolation` entry for a template position.
    static func templateViolation(_ location: SourceLocation, path: String?) -> JSONValue {
        var info = JSONObject()
        info["lineNumber"] = .int(Int64(location.line))
        info["linePosition"] = .int(Int64(location.column))
        info["path"] = .string(path ?? "")
        return ["type": "TemplateViolation", "info": .object(info)]
    }
}

extension ARMError {
    /// `ResourceGroupNotFound` (404), worded as ARM words it.
    public static func resourceGroupNotFound(_ name: String) -> ARMError {
        ARMError(code: "ResourceGroupNotFound", message: "Resource group '\(name)' could not be found.", httpStatus: 404)
    }

    /// `SubscriptionNotFound` (404).
    public static func subscriptionNotFound(_ id: String) -> ARMError {
        ARMError(code: "SubscriptionNotFound", message: "The subscription '\(id)' could not be found.", httpStatus: 404)
    }

    /// `DeploymentNotFound` (404).
    public static func deploymentNotFound(_ name: String) -> ARMError {
        ARMError(code: "DeploymentNotFound", message: "Deployment '\(name)' could not be found.", httpStatus: 404)
    }

    /// ARM's wrapper for failed resource operations of a deployment.
    public static func deploymentFailed(target: String, details: [ARMError]) -> ARMError {
        ARMError(code: "DeploymentFailed", message: "At least one resource deployment operation failed. Please list "
                    + "deployment operations for details. Please see https://aka.ms/arm-deployment-operations for usage "
                    + "details.", target: target, details: details)
    }

    /// ARM's wrapper for preflight (validation) failures.
    public static func invalidTemplateDeployment(name: String, trackingId: String, details: [ARMError]) -> ARMError {
        ARMError(code: "InvalidTemplateDeployment",
                 message: "The template deployment '\(name)' is not valid according to the validation procedure. "
                    + "The tracking id is '\(trackingId)'. See inner errors for details.",
                 details: details)
    }

    /// ARM's wrapper for resource-provider preflight failures.
    static func preflightValidationCheckFailed(_ details: [ARMError]) -> ARMError {
        ARMError(code: "PreflightValidationCheckFailed",
                 message: "Preflight validation failed. Please refer to the details for the specific errors.",
                 details: details)
    }

    /// Any error as an ARM error: ARM errors unchanged, provider errors with their HTTP status, other
    /// ``ArmletError``s with their code, message and location, anything else as `BadRequest` (never a
    /// 5xx, which clients would retry).
    public static func from(_ error: any Error) -> ARMError {
        if let e = error as? ARMError { return e }
        if let e = error as? any ProviderErrorConvertible { return e.armError }
        if let e = error as? any ArmletError {
            return ARMError(code: e.code, message: e.message, target: e.target, location: e.location)
        }
        return ARMError(code: "BadRequest", message: String(describing: error))
    }
}

/// Errors that know their ARM form (HTTP status included).
protocol ProviderErrorConvertible {
    var armError: ARMError { get }
}
