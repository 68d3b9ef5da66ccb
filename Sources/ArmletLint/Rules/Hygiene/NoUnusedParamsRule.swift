import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `no-unused-params`: a parameter no expression reads.
package struct NoUnusedParamsRule: LintRule {
    package let id = "no-unused-params"
    package let theme = LintTheme.hygiene
    package let description = "Every declared parameter should be used."
    package let rationale = "An unused parameter asks callers for a value that changes nothing, and often hides a typo where it should have been used."
    package let help = "Remove the parameter, or reference it with parameters('name') where it was meant to be used."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        let references = ReferenceCounting(context)
        guard !references.dynamicParameters else { return [] }
        return context.template.parameters.compactMap { p in
            guard !references.parameters.contains(p.name.lowercased()) else { return nil }
            return context.finding(self, "Parameter '\(p.name)' is declared but never used.", at: p.path, atKey: true)
        }
    }
}
