import Foundation

/// Runs blocking store work on a Dispatch thread and awaits its result.
///
/// The stores' async forms go through here rather than an async database API: a connection is then
/// only ever held by a thread that is running, so code that mixes synchronous store access on Swift's
/// cooperative threads (the server's handlers) with async access cannot starve the pool of both
/// threads and connections.
package func offCooperativePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try work() })
        }
    }
}
