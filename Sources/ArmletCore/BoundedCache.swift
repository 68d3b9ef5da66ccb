import Synchronization

/// A map shared across threads that stays small: it holds at most `limit` entries whose keys add up
/// to at most `byteLimit` bytes, and is emptied when the next entry would pass either (simple, and
/// bounded whatever the input).
public final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entries: ~Copyable {
        var map: [Key: Value] = [:]
        var bytes = 0
    }

    private let entries = Mutex(Entries())
    private let limit: Int
    private let byteLimit: Int
    private let size: @Sendable (Key) -> Int

    /// A cache of at most `limit` entries and `byteLimit` bytes of keys, each key's bytes told by `size`.
    public init(limit: Int, byteLimit: Int, size: @escaping @Sendable (Key) -> Int) {
        self.limit = limit
        self.byteLimit = byteLimit
        self.size = size
    }

    /// The value stored for `key`, if any.
    public subscript(key: Key) -> Value? {
        entries.withLock { $0.map[key] }
    }

    /// Stores `value` for `key`, emptying the cache first when it is full.
    public func store(_ value: Value, for key: Key) {
        let bytes = size(key)
        entries.withLock {
            if $0.map.count >= limit || $0.bytes + bytes > byteLimit {
                $0.map.removeAll(keepingCapacity: true)
                $0.bytes = 0
            }
            if $0.map.updateValue(value, forKey: key) == nil { $0.bytes += bytes }
        }
    }

    /// The number of entries held.
    public var count: Int { entries.withLock { $0.map.count } }
}
