package import Foundation
import Synchronization

/// A clock whose distance from a base clock is kept in the state store, so separate `armlet`
/// processes (and a server beside them) share one simulated time.
///
/// `now()` is `base.now()` plus the offset stored under ``SettingKey/clockOffset`` (seconds, 0 when
/// unset). ``advance(by:)`` and ``set(_:)`` change that offset in a transaction, so a test can run
/// `armlet snapshot create …`, move time forward ten minutes from another process, and see the copy
/// finished. Over the real clock time keeps running; over a fixed base (``ClockConfiguration/stored(base:)``
/// with an instant) it moves only when advanced, which makes multi-process tests deterministic.
///
/// Each reading goes to the store (it is safe to call inside a store transaction). If the store
/// cannot be read, the last offset read successfully is used.
package final class StoredClock: Clock {
    private let store: any StateStore
    private let base: any Clock
    private let lastOffset = Mutex<TimeInterval>(0)

    /// A clock over `base` (the real clock by default) shifted by the offset kept in `store`.
    package init(store: any StateStore, base: any Clock = SystemClock()) {
        self.store = store
        self.base = base
    }

    package func now() -> Date {
        let offset = (try? currentOffset()) ?? lastOffset.withLock { $0 }
        return base.now().addingTimeInterval(offset)
    }

    /// The stored offset in seconds (0 when none was ever stored).
    /// - Throws: ``StateError`` when the store cannot be read.
    package func currentOffset() throws -> TimeInterval {
        let text = try store.readSetting(.clockOffset)
        let offset = text.flatMap(TimeInterval.init) ?? 0
        lastOffset.withLock { $0 = offset }
        return offset
    }

    /// Moves the shared time forward by `interval` seconds (negative moves it back) and returns the new time.
    /// - Throws: ``StateError`` when the store cannot be written.
    @discardableResult
    package func advance(by interval: TimeInterval) throws -> Date {
        let updated = try store.updateSetting(.clockOffset) { old in
            let offset = (old.flatMap(TimeInterval.init) ?? 0) + interval
            return String(offset)
        }
        let offset = updated.flatMap(TimeInterval.init) ?? 0
        lastOffset.withLock { $0 = offset }
        return base.now().addingTimeInterval(offset)
    }

    /// Sets the shared time to `instant` (as seen now from the base clock).
    /// - Throws: ``StateError`` when the store cannot be written.
    package func set(_ instant: Date) throws {
        let offset = instant.timeIntervalSince(base.now())
        _ = try store.updateSetting(.clockOffset) { _ in String(offset) }
        lastOffset.withLock { $0 = offset }
    }

    /// Removes the stored offset, so the clock reads the base time again.
    /// - Throws: ``StateError`` when the store cannot be written.
    package func reset() throws {
        _ = try store.updateSetting(.clockOffset) { _ in nil }
        lastOffset.withLock { $0 = 0 }
    }
}
