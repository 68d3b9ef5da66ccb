public import Foundation
import Synchronization

/// A clock that moves only when told to: for tests and deterministic demos within one process.
///
/// Shared by reference so a test can hold it while the code under test reads it; reads and moves are
/// thread-safe. To move time across separate `armlet` processes use ``StoredClock`` instead.
public final class VirtualClock: Clock {
    private let current: Mutex<Date>

    /// A clock standing at `start`.
    public init(_ start: Date) {
        current = Mutex(start)
    }

    public func now() -> Date {
        current.withLock { $0 }
    }

    /// Moves the clock to `instant` (backwards is allowed; tests sometimes need it).
    public func set(_ instant: Date) {
        current.withLock { $0 = instant }
    }

    /// Moves the clock forward by `interval` seconds and returns the new time.
    @discardableResult
    public func advance(by interval: TimeInterval) -> Date {
        current.withLock { now in
            now = now.addingTimeInterval(interval)
            return now
        }
    }
}
