import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `undeclared-variable`: `variables('x')` where the template declares no variable `x`.
package struct UndeclaredVariableRule: LintRule {
    package let id = "undeclared-variable"
    package let theme = LintTheme.correctness
    package let description = "Expressions must only reference declared variables."
    package let rationale = "ARM fails the deployment with \"The template variable 'x' is not found\"."
    package let help = "Declare the variable in the `variables` section, or correct the name (the message suggests the nearest)."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        UndeclaredReference.findings(context, rule: self, function: "variables", kind: "variable",
                                     declared: { $0.variables },
                                     names: { UndeclaredReference.declaredNames(context, section: "variables", at: $0) })
    }
}
