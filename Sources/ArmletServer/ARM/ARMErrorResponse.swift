public import ArmletJSON
import ArmletEngine
import ArmletProviders
import ArmletState

/// An error as the server answers it: ARM's code, message, optional `target` and `details`, and the
/// HTTP status. Renders as ARM's body `{"error": {"code", "message", "target"?, "details"?}}`.
///
/// Client mistakes are always 4xx: azure-core retries 5xx answers several times, so a 500 for a bad
/// request turns one error into a slow series of them.
public struct ARMErrorResponse: ArmletError, Hashable {
    public var code: String
    public var message: String
    public var target: String?
    /// Inner errors (`{code, message, target?}` objects).
    public var details: [JSONValue]
    /// The HTTP status.
    public var status: Int
    public var location: SourceLocation? { nil }

    /// An error with ARM `code`, `message` and HTTP `status`.
    public init(code: String, message: String, status: Int, target: String? = nil, details: [JSONValue] = []) {
        self.code = code
        self.message = message
        self.status = status
        self.target = target
        self.details = details
    }

    /// The inner error object.
    public var json: JSONValue {
        var o = JSONObject()
        o["code"] = .string(code)
        o["message"] = .string(message)
        if let target { o["target"] = .string(target) }
        if !details.isEmpty { o["details"] = .array(details) }
        return .object(o)
    }

    /// ARM's error body.
    public var body: JSONValue { ["error": json] }

    /// Any error in its ARM form: provider errors keep their status; store contention is 429 (clients
    /// retry it after `Retry-After`); other Armlet errors are 400; anything else is a server fault.
    public static func from(_ error: any Error) -> ARMErrorResponse {
        switch error {
        case let e as ARMErrorResponse:
            return e
        case let e as ARMError:
            return ARMErrorResponse(code: e.code, message: e.message, status: e.httpStatus, target: e.target,
                                    details: e.details.map(\.json))
        case let e as ProviderError:
            return ARMErrorResponse(code: e.code, message: e.message, status: e.httpStatus, target: e.target)
        case let e as StateError where e.code == "StateLocked":
            return ARMErrorResponse(code: "TooManyRequests", message: e.message, status: 429)
        case let e as StateError:
            return ARMErrorResponse(code: "InternalServerError", message: e.message, status: 500)
        case let e as DiagnosticList:
            let first = e.diagnostics.first
            return ARMErrorResponse(code: first?.code ?? "BadRequest", message: first?.message ?? e.description,
                                    status: 400, target: first?.target,
                                    details: e.diagnostics.dropFirst().map { ARMErrorResponse.detail($0) })
        case let e as any ArmletError:
            return ARMErrorResponse(code: e.code, message: e.message, status: 400, target: e.target)
        default:
            return ARMErrorResponse(code: "InternalServerError", message: String(describing: error), status: 500)
        }
    }

    static func detail(_ error: any ArmletError) -> JSONValue {
        ARMErrorResponse(code: error.code, message: error.message, status: 400, target: error.target).json
    }
}

extension ARMErrorResponse {
    /// 401: no `Authorization` header.
    static let missingAuthorization = ARMErrorResponse(
        code: "AuthenticationFailed", message: "Authentication failed. The 'Authorization' header is missing.",
        status: 401)

    /// 401: the header is not `Bearer <token>`.
    static let malformedAuthorization = ARMErrorResponse(
        code: "AuthenticationFailed",
        message: "Authentication failed. The 'Authorization' header is provided in an invalid format.", status: 401)

    /// 401: the token's signature or shape is wrong.
    static let invalidToken = ARMErrorResponse(code: "InvalidAuthenticationToken",
                                               message: "The access token is invalid.", status: 401)

    /// 400: no `api-version` query parameter.
    static let missingAPIVersion = ARMErrorResponse(
        code: "MissingApiVersionParameter",
        message: "The api-version query parameter (?api-version=) is required for all requests.", status: 400)

    /// 413: the body is larger than the server accepts.
    static func contentTooLarge(limit: Int) -> ARMErrorResponse {
        let size = limit % (1024 * 1024) == 0 ? "\(limit / (1024 * 1024)) MB" : "\(limit) bytes"
        return ARMErrorResponse(code: "RequestContentTooLarge",
                                message: "The request content size exceeds the maximum size of \(size).", status: 413)
    }

    /// 400: the body is not JSON.
    static func invalidContent(_ reason: String) -> ARMErrorResponse {
        ARMErrorResponse(code: "InvalidRequestContent",
                         message: "The request content was invalid and could not be deserialized: '\(reason)'.",
                         status: 400)
    }

    /// 404: no route for the path.
    static func noRoute(method: String, path: String) -> ARMErrorResponse {
        ARMErrorResponse(code: "InvalidResourceType",
                         message: "The request '\(method) \(path)' does not match any route Armlet serves.",
                         status: 404)
    }

    /// 405: the path exists but not for this method.
    static func methodNotAllowed(method: String, path: String) -> ARMErrorResponse {
        ARMErrorResponse(code: "MethodNotAllowed",
                         message: "The method '\(method)' is not supported for '\(path)'.", status: 405)
    }

    /// 404: the subscription does not exist.
    static func subscriptionNotFound(_ id: String) -> ARMErrorResponse {
        ARMErrorResponse(code: "SubscriptionNotFound", message: "The subscription '\(id)' could not be found.",
                         status: 404)
    }

    /// 404: the resource group does not exist.
    static func resourceGroupNotFound(_ name: String) -> ARMErrorResponse {
        ARMErrorResponse(code: "ResourceGroupNotFound", message: "Resource group '\(name)' could not be found.",
                         status: 404)
    }

    /// 403: the caller's tenant does not own the subscription.
    static func authorizationFailed(claims: AccessTokenClaims, method: String, scope: String) -> ARMErrorResponse {
        ARMErrorResponse(
            code: "AuthorizationFailed",
            message: "The client '\(claims.objectId)' with object id '\(claims.objectId)' does not have authorization "
                + "to perform action '\(method)' over scope '\(scope)' or the scope is invalid. If access was "
                + "recently granted, please refresh your credentials.",
            status: 403)
    }
}
