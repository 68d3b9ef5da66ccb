import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `undeclared-parameter`: `parameters('x')` where the template declares no parameter `x`.
public struct UndeclaredParameterRule: LintRule {
    public let id = "undeclared-parameter"
    public let theme = LintTheme.correctness
    public let description = "Expressions must only reference declared parameters."
    public let rationale = "ARM fails the deployment with \"The template parameter 'x' is not found\"."
    public let help = "Declare the parameter in the `parameters` section, or correct the name (the message suggests the nearest)."
    public let defaultLevel = LintLevel.error
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        UndeclaredReference.findings(context, rule: self, function: "parameters", kind: "parameter",
                                     declared: \.parameters,
                                     names: { UndeclaredReference.declaredNames(context, section: "parameters", at: $0) })
    }
}
