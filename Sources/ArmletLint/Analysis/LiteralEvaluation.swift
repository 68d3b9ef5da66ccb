import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// Evaluates expressions whose value is fixed by the template alone: literal parameter defaults and
/// literal variables; anything that needs a deployment (`resourceGroup()`, `reference()`, ...) fails.
///
/// Rules use it to compare names (`[parameters('diskName')]` with a default) without an expander.
struct LiteralEvaluation: Sendable {
    let evaluator: ExpressionEvaluator

    init(template: Template) {
        evaluator = ExpressionEvaluator(context: LiteralContext(template: template))
    }

    /// The value of `value` when it is a literal or an expression over literals; `nil` otherwise.
    func evaluate(_ value: JSONValue) -> JSONValue? {
        guard case .string(let text) = value else { return value.containsTemplateExpression ? nil : value }
        return try? evaluator.evaluate(templateString: text)
    }

    /// The string value of `node` when it evaluates to a string over literals.
    func string(_ node: ExpressionNode) -> String? {
        (try? evaluator.evaluate(node))?.stringValue
    }
}

private struct LiteralContext: EvaluationContext {
    let parameters: JSONObject
    let variables: JSONObject

    init(template: Template) {
        var parameters = JSONObject()
        for p in template.parameters {
            if let d = p.defaultValue, !d.containsTemplateExpression { parameters[p.name] = d }
        }
        var variables = JSONObject()
        for v in template.variables where !v.value.containsTemplateExpression { variables[v.name] = v.value }
        self.parameters = parameters
        self.variables = variables
    }

    func parameter(_ name: String) throws -> JSONValue {
        guard let v = parameters[name] else { throw unavailable("parameters") }
        return v
    }

    func variable(_ name: String) throws -> JSONValue {
        guard let v = variables[name] else { throw unavailable("variables") }
        return v
    }
}
