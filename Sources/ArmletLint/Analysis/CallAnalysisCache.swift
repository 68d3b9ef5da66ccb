package import ArmletExpressions
import ArmletJSON
import ArmletCore

/// Every function call of an expression and the built-in function each names, worked out once per
/// distinct expression text and shared across threads (templates repeat their expressions: the
/// corpus's 98 thousand expression strings hold 12 thousand distinct ones).
///
/// Bounded like ``ExpressionCache``: cleared when it holds `limit` texts or `byteLimit` bytes of them.
package final class CallAnalysisCache: Sendable {
    /// The process-wide cache the expression index uses.
    package static let shared = CallAnalysisCache()

    /// The calls of one expression, outermost first, and the built-in each names.
    package struct Analysis: Sendable {
        /// Every call, outermost first.
        package let calls: [FunctionCall]
        /// The built-in function each call names (same order), `nil` for user functions and unknown names.
        package let functions: [BuiltInFunction?]
    }

    private let entries: BoundedCache<String, Analysis>

    /// A cache of at most `limit` texts and `byteLimit` UTF-8 bytes of them.
    package init(limit: Int = 100_000, byteLimit: Int = 16 << 20) {
        entries = BoundedCache(limit: limit, byteLimit: byteLimit) { $0.utf8.count }
    }

    /// The analysis of `node`, the parsed form of the expression string `text`.
    package func analysis(of text: String, node: ExpressionNode) -> Analysis {
        if let hit = entries[text] { return hit }
        let analysis = Self.analyse(node)
        entries.store(analysis, for: text)
        return analysis
    }

    /// The analysis of `node`, without the cache.
    package static func analyse(_ node: ExpressionNode) -> Analysis {
        let calls = node.allCalls
        let functions = calls.map { call -> BuiltInFunction? in
            guard call.namespace == nil, let function = FunctionRegistry.standard.lookup(call.name) else { return nil }
            return BuiltInFunction(name: function.name, minArguments: function.minArguments,
                                   maxArguments: function.maxArguments)
        }
        return Analysis(calls: calls, functions: functions)
    }
}
