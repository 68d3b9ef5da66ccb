import ArmletCore

/// Parsed expressions by their text, shared across threads: each distinct string is parsed once.
///
/// Parse errors are cached too, so a bad expression evaluated many times is reported the same
/// way without re-parsing.
public final class ExpressionCache: Sendable {
    /// The process-wide cache used by ``TemplateString/parse(_:)``.
    public static let shared = ExpressionCache()

    private let entries: BoundedCache<Substring, Result<ExpressionNode, ExpressionError>>

    /// A cache holding up to `limit` expressions of at most `byteLimit` UTF-8 bytes in all (cleared
    /// when full, which keeps it simple and bounded). Keys are copied out of the text they came from,
    /// so the cache never keeps a whole template alive.
    public init(limit: Int = 100_000, byteLimit: Int = 16 << 20) {
        entries = BoundedCache(limit: limit, byteLimit: byteLimit) { $0.utf8.count }
    }

    /// The parsed form of the expression `text` (without the outer brackets).
    public func node(for text: Substring) throws(ExpressionError) -> ExpressionNode {
        if let hit = entries[text] { return try hit.get() }
        let result: Result<ExpressionNode, ExpressionError>
        do {
            result = .success(try Parser.parse(String(text)))
        } catch {
            result = .failure(error)
        }
        entries.store(result, for: Substring(String(text)))
        return try result.get()
    }

    /// Parses `text` (the whole expression without brackets) without touching the cache.
    public static func parseUncached(_ text: String) throws(ExpressionError) -> ExpressionNode {
        try Parser.parse(text)
    }

    /// The number of cached entries.
    public var count: Int { entries.count }
}
