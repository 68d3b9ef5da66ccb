import Foundation
package import Hummingbird

/// The request ids ARM puts on every response: a fresh `x-ms-request-id`; the client's
/// `x-ms-correlation-request-id` echoed (a fresh GUID when it sent none — ARM ties every request
/// of one client operation together by it); and the client's `x-ms-client-request-id` echoed when sent.
package struct RequestIDMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext

    /// The middleware.
    package init() {}

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[HeaderName.requestId] = UUID().uuidString.lowercased()
        response.headers[HeaderName.correlationRequestId] = request.headers[HeaderName.correlationRequestId]
            ?? UUID().uuidString.lowercased()
        if let clientRequestId = request.headers[HeaderName.clientRequestId] {
            response.headers[HeaderName.clientRequestId] = clientRequestId
        }
        return response
    }
}
