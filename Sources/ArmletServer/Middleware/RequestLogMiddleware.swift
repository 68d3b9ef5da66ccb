import Foundation
package import Hummingbird

/// Writes one line per request (`PUT /subscriptions/…?api-version=… → 202 (3 ms)`) to the configured
/// sink, e.g. standard error under `armlet serve --debug`.
package struct RequestLogMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext
    let sink: (@Sendable (String) -> Void)?

    /// A middleware writing to `sink` (nil: nothing).
    package init(sink: (@Sendable (String) -> Void)?) { self.sink = sink }

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let sink else { return try await next(request, context) }
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        sink("\(request.method) \(request.uri) → \(response.status.code) (\(String(format: "%.1f", ms)) ms)")
        return response
    }
}
