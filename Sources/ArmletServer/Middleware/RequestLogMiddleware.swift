import Foundation
package import Hummingbird

/// Writes one line per request (`PUT /subscriptions/…?api-version=… → 202 (3 ms)`) to the configured
/// sink, e.g. standard error under `armlet serve --debug`; adds `x-ms-request-id` and echoes the
/// client's request id as `x-ms-correlation-request-id`, as ARM does.
package struct RequestLogMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext
    let sink: (@Sendable (String) -> Void)?

    /// A middleware writing to `sink` (nil: only the request-id headers).
    package init(sink: (@Sendable (String) -> Void)?) { self.sink = sink }

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response = try await next(request, context)
        let requestId = UUID().uuidString.lowercased()
        response.headers[HeaderName.requestId] = requestId
        response.headers[HeaderName.correlationRequestId] = request.headers[HeaderName.clientRequestId] ?? requestId
        if let sink {
            let elapsed = ContinuousClock.now - start
            let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            sink("\(request.method) \(request.uri) → \(response.status.code) (\(String(format: "%.1f", ms)) ms)")
        }
        return response
    }
}
