import Synchronization

/// Parsed expressions by their text, shared across threads: each distinct string is parsed once.
///
/// Parse errors are cached too, so a bad expression evaluated many times is reported the same
/// way without re-parsing.
public final class ExpressionCache: Sendable {
    /// The process-wide cache used by ``TemplateString/parse(_:)``.
    public static let shared = ExpressionCache()

    private let entries = Mutex<[Substring: Result<ExpressionNode, ExpressionError>]>([:])
    private let limit: Int

    /// A cache holding up to `limit` expressions (cleared when full, which keeps it simple and bounded).
    public init(limit: Int = 100_000) { self.limit = limit }

    /// The parsed form of the expression `text` (without the outer brackets).
    public func node(for text: Substring) throws(ExpressionError) -> ExpressionNode {
        if let hit = entries.withLock({ $0[text] }) { return try hit.get() }
        let result: Result<ExpressionNode, ExpressionError>
        do {
            result = .success(try Parser.parse(String(text)))
        } catch {
            result = .failure(error)
        }
        entries.withLock {
            if $0.count >= limit { $0.removeAll(keepingCapacity: true) }
            $0[text] = result
        }
        return try result.get()
    }

    /// Parses `text` (the whole expression without brackets) without touching the cache.
    public static func parseUncached(_ text: String) throws(ExpressionError) -> ExpressionNode {
        try Parser.parse(text)
    }

    /// The number of cached entries.
    public var count: Int { entries.withLock { $0.count } }
}
