import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `undeclared-parameter`: `parameters('x')` where the template declares no parameter `x`.
package struct UndeclaredParameterRule: LintRule {
    package let id = "undeclared-parameter"
    package let theme = LintTheme.correctness
    package let description = "Expressions must only reference declared parameters."
    package let rationale = "ARM fails the deployment with \"The template parameter 'x' is not found\"."
    package let help = "Declare the parameter in the `parameters` section, or correct the name (the message suggests the nearest)."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        UndeclaredReference.findings(context, rule: self, function: "parameters", kind: "parameter",
                                     declared: { $0.parameters },
                                     names: { UndeclaredReference.declaredNames(context, section: "parameters", at: $0) })
    }
}
