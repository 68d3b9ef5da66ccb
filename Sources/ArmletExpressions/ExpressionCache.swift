import Synchronization

/// Parsed expressions by their text, shared across threads: each distinct string is parsed once.
///
/// Parse errors are cached too, so a bad expression evaluated many times is reported the same
/// way without re-parsing.
public final class ExpressionCache: Sendable {
    /// The process-wide cache used by ``TemplateString/parse(_:)``.
    public static let shared = ExpressionCache()

    private struct Entries: ~Copyable {
        var map: [Substring: Result<ExpressionNode, ExpressionError>] = [:]
        var bytes = 0
    }

    private let entries = Mutex(Entries())
    private let limit: Int
    private let byteLimit: Int

    /// A cache holding up to `limit` expressions of at most `byteLimit` UTF-8 bytes in all (cleared
    /// when full, which keeps it simple and bounded). Keys are copied out of the text they came from,
    /// so the cache never keeps a whole template alive.
    public init(limit: Int = 100_000, byteLimit: Int = 16 << 20) {
        self.limit = limit
        self.byteLimit = byteLimit
    }

    /// The parsed form of the expression `text` (without the outer brackets).
    public func node(for text: Substring) throws(ExpressionError) -> ExpressionNode {
        if let hit = entries.withLock({ $0.map[text] }) { return try hit.get() }
        let result: Result<ExpressionNode, ExpressionError>
        do {
            result = .success(try Parser.parse(String(text)))
        } catch {
            result = .failure(error)
        }
        let key = Substring(String(text))
        let size = key.utf8.count
        entries.withLock {
            if $0.map.count >= limit || $0.bytes + size > byteLimit {
                $0.map.removeAll(keepingCapacity: true)
                $0.bytes = 0
            }
            if $0.map.updateValue(result, forKey: key) == nil { $0.bytes += size }
        }
        return try result.get()
    }

    /// Parses `text` (the whole expression without brackets) without touching the cache.
    public static func parseUncached(_ text: String) throws(ExpressionError) -> ExpressionNode {
        try Parser.parse(text)
    }

    /// The number of cached entries.
    public var count: Int { entries.withLock { $0.map.count } }
}
