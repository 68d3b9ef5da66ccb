import ArmletState
import Foundation
import Synchronization

/// ARM's request budgets, as token buckets (the regional throttling Microsoft moved subscriptions to
/// from 2024, "Understand how Azure Resource Manager throttles requests"): per subscription,
/// principal and kind of operation, reads hold 250 tokens refilled at 25 a second, writes and
/// deletes 200 at 10 a second; a subscription's global bucket, shared by all principals, holds 15
/// times as much; tenant-level requests have their own buckets of the same sizes.
///
/// Armlet reports what remains (the `x-ms-ratelimit-remaining-*` headers) but never throttles: an
/// empty bucket stays at 0. Time is the server's clock, so a virtual clock refills nothing until
/// it is advanced.
final class RateLimitBudget: Sendable {
    /// The kinds of operation ARM budgets separately, named as in the headers.
    enum Operation: String, Sendable {
        case reads, writes, deletes

        /// GET and HEAD read, DELETE deletes, everything else writes.
        init(method: String) {
            switch method.uppercased() {
            case "GET", "HEAD": self = .reads
            case "DELETE": self = .deletes
            default: self = .writes
            }
        }

        /// Bucket size and refill per second for one principal.
        var limit: (size: Double, refill: Double) {
            switch self {
            case .reads: (250, 25)
            case .writes, .deletes: (200, 10)
            }
        }
    }

    /// How many times a principal's bucket the subscription-wide (global) bucket holds.
    static let globalFactor = 15.0

    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private let buckets = Mutex<[String: Bucket]>([:])
    private let clock: any ArmletState.Clock

    /// Budgets timed by `clock`.
    init(clock: any ArmletState.Clock) { self.clock = clock }

    /// Spends one token of `operation` from the bucket named `key` (`factor` times the
    /// principal-sized bucket) and returns the whole tokens left.
    func spend(_ operation: Operation, key: String, factor: Double = 1) -> Int {
        let (size, refill) = (operation.limit.size * factor, operation.limit.refill * factor)
        let now = clock.now()
        let name = key.lowercased() + "|" + operation.rawValue
        return buckets.withLock { buckets in
            var bucket = buckets[name] ?? Bucket(tokens: size, updated: now)
            let elapsed = max(0, now.timeIntervalSince(bucket.updated))
            bucket.tokens = min(size, bucket.tokens + elapsed * refill)
            bucket.tokens = max(0, bucket.tokens - 1)
            bucket.updated = now
            buckets[name] = bucket
            return Int(bucket.tokens.rounded(.down))
        }
    }
}
