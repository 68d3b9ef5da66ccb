import ArmletCore
package import Hummingbird
import NIOCore

/// Reads the request body once, refusing more than `limit` bytes with 413 `RequestContentTooLarge`
/// — by its `Content-Length` before reading anything, or while reading a body without one — and
/// keeps it in the context for the handlers. A body still incomplete after `timeout` is abandoned with
/// 408 `RequestTimeout`, so a client trickling bytes cannot hold a request open forever.
///
/// An HTTP/1.1 request with neither `Content-Length` nor `Transfer-Encoding` (or with a length of 0)
/// has no body: it passes straight on, without the task group and timer a body needs.
package struct BodyLimitMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext
    let limit: Int
    let timeout: Duration

    /// A middleware accepting at most `limit` bytes, received within `timeout`.
    package init(limit: Int, timeout: Duration = .seconds(30)) {
        self.limit = limit
        self.timeout = timeout
    }

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ARMError.contentTooLarge(limit: limit)
        }
        if Self.hasNoBody(request) { return try await next(request, context) }
        let (collected, buffer) = try await collect(request)
        var context = context
        context.body = Array(buffer.readableBytesView)
        return try await next(collected, context)
    }

    /// Whether HTTP/1.1 framing says the request carries no body at all.
    static func hasNoBody(_ request: Request) -> Bool {
        guard request.headers[.transferEncoding] == nil else { return false }
        guard let length = request.headers[.contentLength] else { return true }
        return length == "0"
    }

    /// The request with its body collected, racing the body against the timeout.
    private func collect(_ request: Request) async throws -> (Request, ByteBuffer) {
        let limit = limit, timeout = timeout
        return try await withThrowingTaskGroup(of: (Request, ByteBuffer)?.self) { group in
            group.addTask {
                var request = request
                do {
                    let buffer = try await request.collectBody(upTo: limit)
                    return (request, buffer)
                } catch let error as HTTPError where error.status == .contentTooLarge {
                    throw ARMError.contentTooLarge(limit: limit)
                }
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let result = first else {
                throw ARMError.requestTimeout(seconds: Int(timeout.components.seconds))
            }
            return result
        }
    }
}
