import ArmletCore
package import Hummingbird
import NIOCore

/// Reads the request body once, refusing more than `limit` bytes with 413 `RequestContentTooLarge`
/// — by its `Content-Length` before reading anything, or while reading a body without one — and
/// keeps it in the context for the handlers.
package struct BodyLimitMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext
    let limit: Int

    /// A middleware accepting at most `limit` bytes.
    package init(limit: Int) { self.limit = limit }

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ARMError.contentTooLarge(limit: limit)
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw ARMError.contentTooLarge(limit: limit)
        }
        var context = context
        context.body = Array(buffer.readableBytesView)
        return try await next(request, context)
    }
}
