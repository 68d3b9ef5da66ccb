import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `undeclared-variable`: `variables('x')` where the template declares no variable `x`.
public struct UndeclaredVariableRule: LintRule {
    public let id = "undeclared-variable"
    public let theme = LintTheme.correctness
    public let description = "Expressions must only reference declared variables."
    public let rationale = "ARM fails the deployment with \"The template variable 'x' is not found\"."
    public let help = "Declare the variable in the `variables` section, or correct the name (the message suggests the nearest)."
    public let defaultLevel = LintLevel.error
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        UndeclaredReference.findings(context, rule: self, function: "variables", kind: "variable",
                                     declared: \.variables,
                                     names: { UndeclaredReference.declaredNames(context, section: "variables", at: $0) })
    }
}
