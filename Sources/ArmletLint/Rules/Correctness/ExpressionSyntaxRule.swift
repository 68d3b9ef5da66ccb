import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `expression-syntax`: a `[...]` string that is not a valid template expression.
package struct ExpressionSyntaxRule: LintRule {
    package let id = "expression-syntax"
    package let theme = LintTheme.correctness
    package let description = "Template expressions must parse."
    package let rationale = "ARM fails the deployment when a string starting with '[' and ending with ']' is not a valid expression."
    package let help = "Fix the expression (balanced parentheses, single-quoted strings, commas between arguments), or start the string with '[[' if it is meant literally."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.expressions.sites.compactMap { site in
            guard let error = site.error else { return nil }
            let at = error.position.map { " (at character \($0 + 1) of the expression)" } ?? ""
            return context.finding(self, error.message + at, at: site.path)
        }
    }
}
