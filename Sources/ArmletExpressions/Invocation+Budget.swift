import ArmletJSON
import Foundation

extension Invocation {
    /// Charges `bytes` about to be built to the evaluation's budget.
    public func reserve(_ bytes: Int) throws(ExpressionError) {
        try evaluator.budget.reserve(bytes)
    }

    /// Charges what `replace(text, old, new)` will build before it is built: a short text can
    /// multiply into far more than the budget when `new` is longer than `old`.
    func reserve(replacing old: String, with new: String, in text: String) throws(ExpressionError) {
        let growth = new.utf8.count - old.utf8.count
        let length = text.utf8.count
        guard growth > 0, length / max(1, old.utf8.count) * growth > Self.cheap else { return }
        var occurrences = 0
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: old, options: .literal, range: searchRange) {
            occurrences += 1
            searchRange = found.upperBound..<text.endIndex
        }
        try reserve(length + occurrences * growth)
    }

    /// Charges the most `format(text, arguments...)` can build: each placeholder may repeat the
    /// longest argument.
    func reserve(formatting text: String, with arguments: [JSONValue]) throws(ExpressionError) {
        let placeholders = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "{") ? 1 : 0) }
        guard placeholders > 0, !arguments.isEmpty else { return }
        let budget = evaluator.budget
        let cap = max(0, budget.limits.bytes - budget.bytesUsed)
        var longest = 0
        for argument in arguments {
            longest = max(longest, argument.extent(maxDepth: budget.limits.valueDepth, maxBytes: cap).bytes)
        }
        let most = text.utf8.count + placeholders * longest
        if most > Self.cheap { try reserve(most) }
    }

    /// Below this, nothing is reserved ahead: the result is charged once built.
    private static let cheap = 1 << 20
}
