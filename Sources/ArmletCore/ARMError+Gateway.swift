/// The errors ARM's front door answers with before a request reaches a provider.
extension ARMError {
    /// 401: no `Authorization` header.
    public static let missingAuthorization = ARMError(
        code: "AuthenticationFailed", message: "Authentication failed. The 'Authorization' header is missing.",
        httpStatus: 401)

    /// 401: the header is not `Bearer <token>`.
    public static let malformedAuthorization = ARMError(
        code: "AuthenticationFailed",
        message: "Authentication failed. The 'Authorization' header is provided in an invalid format.", httpStatus: 401)

    /// 401: the token's signature or shape is wrong.
    public static let invalidToken = ARMError(code: "InvalidAuthenticationToken",
                                              message: "The access token is invalid.", httpStatus: 401)

    /// 400: no `api-version` query parameter.
    public static let missingAPIVersion = ARMError(
        code: "MissingApiVersionParameter",
        message: "The api-version query parameter (?api-version=) is required for all requests.")

    /// 413: the body is larger than the server accepts.
    public static func contentTooLarge(limit: Int) -> ARMError {
        let size = limit % (1024 * 1024) == 0 ? "\(limit / (1024 * 1024)) MB" : "\(limit) bytes"
        return ARMError(code: "RequestContentTooLarge",
                        message: "The request content size exceeds the maximum size of \(size).", httpStatus: 413)
    }

    /// 408: the client did not finish sending the request body within `seconds`.
    public static func requestTimeout(seconds: Int) -> ARMError {
        ARMError(code: "RequestTimeout",
                 message: "The request body was not received within \(seconds) seconds; the request was abandoned.",
                 httpStatus: 408)
    }

    /// 400: the body is not what the operation takes.
    public static func invalidContent(_ reason: String) -> ARMError {
        ARMError(code: "InvalidRequestContent",
                 message: "The request content was invalid and could not be deserialized: '\(reason)'.")
    }

    /// 404: no route for the path.
    public static func noRoute(method: String, path: String) -> ARMError {
        ARMError(code: "InvalidResourceType",
                 message: "The request '\(method) \(path)' does not match any route Armlet serves.", httpStatus: 404)
    }

    /// 405: the path exists but not for this method.
    public static func methodNotAllowed(method: String, path: String) -> ARMError {
        ARMError(code: "MethodNotAllowed", message: "The method '\(method)' is not supported for '\(path)'.",
                 httpStatus: 405)
    }

    /// 403: the caller may not act on the scope.
    public static func authorizationFailed(objectId: String, method: String, scope: String) -> ARMError {
        ARMError(
            code: "AuthorizationFailed",
            message: "The client '\(objectId)' with object id '\(objectId)' does not have authorization "
                + "to perform action '\(method)' over scope '\(scope)' or the scope is invalid. If access was "
                + "recently granted, please refresh your credentials.",
            httpStatus: 403)
    }
}
