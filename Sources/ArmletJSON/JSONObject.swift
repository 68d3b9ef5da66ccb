/// An ordered JSON object whose key lookup ignores case, as ARM treats property names.
///
/// Keys keep the case and order in which they were first written. Setting a key that exists
/// under another case replaces the value and keeps the first spelling. Equality ignores key
/// order and key case (two objects are equal when they hold the same members).
public struct JSONObject: Sendable {
    public private(set) var keys: [String] = []
    public private(set) var values: [JSONValue] = []
    /// Lower-cased key → position, built once the object grows past `indexThreshold`.
    private var index: [String: Int]? = nil
    private static let indexThreshold = 32

    /// An empty object.
    public init() {}

    /// An object from parallel key and value arrays whose keys the caller knows are unique
    /// (ignoring case); readers use it to build each object with one allocation per array.
    public init(uniqueKeys keys: [String], values: [JSONValue]) {
        precondition(keys.count == values.count, "keys and values must pair up")
        self.keys = keys
        self.values = values
        if keys.count > JSONObject.indexThreshold { rebuildIndex() }
    }

    /// An object from members in order; a later duplicate (ignoring case) replaces the earlier value.
    public init<S: Sequence>(_ members: S) where S.Element == (String, JSONValue) {
        for (k, v) in members { self[k] = v }
    }

    /// The number of members.
    public var count: Int { keys.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { keys.isEmpty }

    /// The members in order.
    public var members: [(key: String, value: JSONValue)] {
        Array(zip(keys, values)).map { (key: $0.0, value: $0.1) }
    }

    /// The position of `key` (case-insensitive), if present.
    public func position(of key: String) -> Int? {
        if let index {
            return index[JSONObject.fold(key)]
        }
        for (i, k) in keys.enumerated() where JSONObject.equalIgnoringCase(k, key) {
            return i
        }
        return nil
    }

    /// Whether `key` (case-insensitive) is a member.
    public func contains(_ key: String) -> Bool { position(of: key) != nil }

    /// The key as written in the object for `key` looked up case-insensitively.
    public func writtenKey(for key: String) -> String? {
        position(of: key).map { keys[$0] }
    }

    /// The value for `key` (case-insensitive); setting `nil` removes the member.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { values[$0] } }
        set {
            if let i = position(of: key) {
                if let newValue {
                    values[i] = newValue
                } else {
                    remove(at: i)
                }
            } else if let newValue {
                append(key, newValue)
            }
        }
    }

    /// Appends a member without checking for an existing key; the caller guarantees uniqueness.
    public mutating func appendUnchecked(_ key: String, _ value: JSONValue) {
        append(key, value)
    }

    private mutating func append(_ key: String, _ value: JSONValue) {
        keys.append(key)
        values.append(value)
        if index != nil {
            index?[JSONObject.fold(key)] = keys.count - 1
        } else if keys.count > JSONObject.indexThreshold {
            rebuildIndex()
        }
    }

    private mutating func rebuildIndex() {
        var built: [String: Int] = [:]
        built.reserveCapacity(keys.count)
        for (i, k) in keys.enumerated() { built[JSONObject.fold(k)] = i }
        index = built
    }

    private mutating func remove(at i: Int) {
        keys.remove(at: i)
        values.remove(at: i)
        if index != nil { rebuildIndex() }
    }

    /// The case folding used for key comparison (ordinal, ignoring case): `key` itself, without a
    /// copy, when it holds no upper-case ASCII letter and nothing outside ASCII.
    public static func fold(_ key: String) -> String {
        enum Folding { case unchanged, lowered(String), unicode }
        var bytesOf = key
        let folding = bytesOf.withUTF8 { bytes -> Folding in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return .unicode }
            guard bytes.contains(where: { $0 &- 0x41 < 26 }) else { return .unchanged }
            // ASCII: only A–Z change, so the lower-cased text is built byte by byte.
            return .lowered(String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                return bytes.count
            })
        }
        switch folding {
        case .unchanged: return key
        case .lowered(let lowered): return lowered
        case .unicode: return key.lowercased()
        }
    }

    /// Compares two keys ordinally ignoring case, fast for ASCII.
    public static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        // Most keys a lookup passes over differ in their first letter: settle those without a buffer.
        if let x = a.utf8.first, let y = b.utf8.first, x < 0x80, y < 0x80, asciiBytesDiffer(x, y) { return false }
        var a = a
        var b = b
        let ascii = a.withUTF8 { x in b.withUTF8 { y in asciiEqualIgnoringCase(x, y) } }
        return ascii ?? (a.lowercased() == b.lowercased())
    }

    /// Whether `x` and `y` are equal with ASCII letters folded; nil when a difference involves a
    /// non-ASCII byte (the caller then compares lower-cased strings).
    private static func asciiEqualIgnoringCase(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool? {
        let count = Swift.min(x.count, y.count)
        var index = 0
        while index < count {
            let p = x[index], q = y[index]
            index += 1
            if p == q { continue }
            if p >= 0x80 || q >= 0x80 { return nil }
            if asciiBytesDiffer(p, q) { return false }
        }
        return x.count == y.count
    }

    /// Whether ASCII bytes `p` and `q` differ even with letters folded to one case.
    private static func asciiBytesDiffer(_ p: UInt8, _ q: UInt8) -> Bool {
        guard p != q else { return false }
        let folded = p | 0x20
        return folded != q | 0x20 || folded < 0x61 || folded > 0x7A
    }
}

extension JSONObject: Sequence {
    public func makeIterator() -> some IteratorProtocol<(key: String, value: JSONValue)> {
        zip(keys, values).lazy.map { (key: $0.0, value: $0.1) }.makeIterator()
    }
}

extension JSONObject: Hashable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (k, v) in zip(lhs.keys, lhs.values) {
            guard let other = rhs[k], other == v else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: combine per-member hashes commutatively.
        var combined = 0
        for (k, v) in zip(keys, values) {
            var h = Hasher()
            h.combine(JSONObject.fold(k))
            h.combine(v)
            combined ^= h.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}
