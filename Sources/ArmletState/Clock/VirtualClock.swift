package import Foundation
import Synchronization

/// A clock that moves only when told to: for tests and deterministic demos within one process.
///
/// Shared by reference so a test can hold it while the code under test reads it; reads and moves are
/// thread-safe. To move time across separate `armlet` processes use ``StoredClock`` instead.
package final class VirtualClock: Clock {
    private let current: Mutex<Date>

    /// A clock standing at `start`.
    package init(_ start: Date) {
        current = Mutex(start)
    }

    package func now() -> Date {
        current.withLock { $0 }
    }

    /// Moves the clock to `instant` (backwards is allowed; tests sometimes need it).
    package func set(_ instant: Date) {
        current.withLock { $0 = instant }
    }

    /// Moves the clock forward by `interval` seconds and returns the new time.
    @discardableResult
    package func advance(by interval: TimeInterval) -> Date {
        current.withLock { now in
            now = now.addingTimeInterval(interval)
            return now
        }
    }
}
