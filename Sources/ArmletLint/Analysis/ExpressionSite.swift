import ArmletCatalog
package import ArmletExpressions
package import ArmletJSON
import ArmletTemplate

/// One expression string in a template: where it is, what it parses to, and which template's
/// declarations it can see. A class: every rule walks every site, and copying one is then one retain.
package final class ExpressionSite: Sendable {
    /// The path of the string value.
    package let path: JSONPath
    /// The string as written, brackets included.
    package let text: String
    /// The parsed expression, or `nil` when it does not parse (see ``error``).
    package let node: ExpressionNode?
    /// The parse error, when there is one.
    package let error: ExpressionError?
    /// The index of the ``TemplateScope`` whose parameters and variables the expression sees.
    package let scope: Int
    /// Whether the string is inside a user-defined function (where `parameters()` names the function's own).
    package let inUserFunction: Bool

    /// Every function call in the expression, outermost first (collected once: most rules ask).
    package let calls: [FunctionCall]
    /// The built-in function each of ``calls`` names, in the same order; `nil` for a call of a
    /// user-defined function or of a name ARM does not know. Looked up once here: several rules ask
    /// of every call, and a lookup hashes the name.
    package let functions: [BuiltInFunction?]

    /// A site; its ``calls`` and ``functions`` are worked out from `node` (once per distinct `text`,
    /// ``CallAnalysisCache``).
    package init(path: JSONPath, text: String, node: ExpressionNode?, error: ExpressionError?, scope: Int,
                 inUserFunction: Bool) {
        self.path = path
        self.text = text
        self.node = node
        self.error = error
        self.scope = scope
        self.inUserFunction = inUserFunction
        let analysis = node.map { CallAnalysisCache.shared.analysis(of: text, node: $0) }
        self.calls = analysis?.calls ?? []
        self.functions = analysis?.functions ?? []
    }
}

/// What the rules need of the built-in function a call names: small, so that walking every call of
/// every site copies no closures (a ``TemplateFunction`` holds its implementation).
package struct BuiltInFunction: Sendable {
    /// The documented spelling.
    package let name: String
    /// The fewest arguments accepted.
    package let minArguments: Int
    /// The most arguments accepted, `nil` for no limit.
    package let maxArguments: Int?
}

/// A template whose declarations expressions can reference: the root template, or the `template`
/// of a nested deployment evaluated in inner scope.
package struct TemplateScope: Sendable {
    /// Where the template object is.
    package let path: JSONPath
    /// Declared parameter names, lower-cased.
    package let parameters: Set<String>
    /// Declared variable names (including `copy` loop variables), lower-cased.
    package let variables: Set<String>
    /// Declared user functions as `namespace.name`, lower-cased.
    package let userFunctions: Set<String>
}

extension ExpressionNode {
    /// This node's calls and those nested in it, outermost first.
    package var allCalls: [FunctionCall] {
        var out: [FunctionCall] = []
        collectCalls(into: &out)
        return out
    }

    private func collectCalls(into out: inout [FunctionCall]) {
        switch self {
        case .string, .integer: break
        case .call(let c):
            out.append(c)
            for a in c.arguments { a.collectCalls(into: &out) }
        case .property(let base, _): base.collectCalls(into: &out)
        case .index(let base, let key):
            base.collectCalls(into: &out)
            key.collectCalls(into: &out)
        }
    }

    /// The string literal, when this node is one.
    package var stringLiteral: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}

extension FunctionCall {
    /// Whether this is the built-in `name` (compared ignoring case).
    package func isBuiltIn(_ name: String) -> Bool {
        // Asked by several rules of every call: compared without building lower-cased copies.
        namespace == nil && JSONObject.equalIgnoringCase(self.name, name)
    }

    /// The literal first argument of `parameters('x')`/`variables('x')`-style calls.
    package var literalFirstArgument: String? { arguments.first?.stringLiteral }
}
