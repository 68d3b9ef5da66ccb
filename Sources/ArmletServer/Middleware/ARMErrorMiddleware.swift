import ArmletCore
import Foundation
package import Hummingbird

/// Turns every error thrown further in into ARM's error body with the right status, so clients
/// always get `{"error": {"code", "message"}}` — never Hummingbird's plain-text errors.
package struct ARMErrorMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext

    /// The middleware.
    package init() {}

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return Self.render(error)
        }
    }

    /// ARM's error response for `error`: Hummingbird's own errors by their status, everything else
    /// through `ARMError.from`.
    static func render(_ error: any Error) -> Response {
        guard let error = error as? HTTPError else { return ARMResponse.error(.from(error)) }
        let status = Int(error.status.code)
        if status == 413 {
            return ARMResponse.error(.contentTooLarge(limit: ServerConfiguration.defaultMaximumBodySize))
        }
        return ARMResponse.error(ARMError(code: error.status.reasonPhrase.replacingOccurrences(of: " ", with: ""),
                                          message: error.body ?? error.status.reasonPhrase, httpStatus: status))
    }
}
