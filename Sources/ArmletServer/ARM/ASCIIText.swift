/// Small text helpers for the request path, without Foundation's `NSString` bridging (trimming an
/// 800-character bearer token through `trimmingCharacters(in:)` cost a fifth of a GET).
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpacesAndTabs: SubSequence {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex..<endIndex]
        }
        return self[first...last]
    }
}
