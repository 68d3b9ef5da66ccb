package import ArmletJSON
package import Foundation

/// The simulated background copy behind a disk or snapshot (an incremental snapshot of a Premium SSD v2
/// or Ultra disk, or `CopyStart`): its `completionPercent` is a function of the clock.
///
/// The store keeps only the parameters; the provider computes the percentage when it answers a GET,
/// so no background task has to run and any ``Clock`` (virtual, scaled, stored) drives the copy.
package struct CopyJob: Hashable, Sendable {
    /// How fast the copy goes.
    package enum Pace: Hashable, Sendable {
        /// The copy takes this many seconds.
        case duration(TimeInterval)
        /// The copy moves `totalBytes` at `bytesPerSecond`.
        case throughput(totalBytes: Int64, bytesPerSecond: Double)

        /// The copy's length in seconds (0 for an empty copy; infinite for a zero throughput).
        package var seconds: TimeInterval {
            switch self {
            case .duration(let seconds):
                return max(0, seconds)
            case .throughput(let totalBytes, let bytesPerSecond):
                guard totalBytes > 0 else { return 0 }
                guard bytesPerSecond > 0 else { return .infinity }
                return Double(totalBytes) / bytesPerSecond
            }
        }
    }

    /// The disk or snapshot being filled (one job per resource; lookups ignore case).
    package var resourceId: String
    /// The disk or snapshot copied from.
    package var sourceResourceId: String
    /// When the copy started.
    package var startTime: Date
    /// How fast it goes.
    package var pace: Pace
    /// `copyCompletionError` (`{errorCode, errorMessage}`) when the copy failed.
    package var error: JSONValue?

    /// A copy of `sourceResourceId` into `resourceId` starting at `startTime`.
    package init(resourceId: String, sourceResourceId: String, startTime: Date, pace: Pace, error: JSONValue? = nil) {
        self.resourceId = resourceId
        self.sourceResourceId = sourceResourceId
        self.startTime = startTime
        self.pace = pace
        self.error = error
    }

    /// When the copy reaches 100 % (`distantFuture` for a copy that never ends).
    package var completionTime: Date {
        let seconds = pace.seconds
        return seconds.isFinite ? startTime.addingTimeInterval(seconds) : .distantFuture
    }

    /// The copy's progress at `instant`, as DiskRP's `completionPercent` (a number from 0 to 100).
    ///
    /// 0 at (or before) the start, 100 from ``completionTime`` on, linear in between and rounded down
    /// to one decimal, so it never reads 100 before the copy is really done and never goes back.
    package func completionPercent(at instant: Date) -> Double {
        let total = pace.seconds
        let elapsed = instant.timeIntervalSince(startTime)
        guard total > 0 else { return 100 }
        guard elapsed > 0 else { return 0 }
        guard elapsed < total else { return 100 }
        return min(99.9, (elapsed / total * 1000).rounded(.down) / 10)
    }

    /// Whether the copy has finished at `instant`.
    package func isComplete(at instant: Date) -> Bool {
        completionPercent(at: instant) >= 100
    }
}
