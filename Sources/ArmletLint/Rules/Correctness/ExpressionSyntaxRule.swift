import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `expression-syntax`: a `[...]` string that is not a valid template expression.
public struct ExpressionSyntaxRule: LintRule {
    public let id = "expression-syntax"
    public let theme = LintTheme.correctness
    public let description = "Template expressions must parse."
    public let rationale = "ARM fails the deployment when a string starting with '[' and ending with ']' is not a valid expression."
    public let help = "Fix the expression (balanced parentheses, single-quoted strings, commas between arguments), or start the string with '[[' if it is meant literally."
    public let defaultLevel = LintLevel.error
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        context.expressions.sites.compactMap { site in
            guard let error = site.error else { return nil }
            let at = error.position.map { " (at character \($0 + 1) of the expression)" } ?? ""
            return context.finding(self, error.message + at, at: site.path)
        }
    }
}
