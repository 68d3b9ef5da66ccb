import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `no-unused-vars`: a variable no expression reads.
public struct NoUnusedVarsRule: LintRule {
    public let id = "no-unused-vars"
    public let theme = LintTheme.hygiene
    public let description = "Every declared variable should be used."
    public let rationale = "An unused variable is dead code that readers must still understand."
    public let help = "Remove the variable, or reference it with variables('name') where it was meant to be used."
    public let defaultLevel = LintLevel.warning
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        // A variable that only refers to itself is still unused.
        var out: [LintFinding] = []
        for v in context.template.variables {
            let references = ReferenceCounting(context) { $0.path.hasPrefix(v.path) }
            if references.dynamicVariables { return [] }
            if !references.variables.contains(v.name.lowercased()) {
                out.append(context.finding(self, "Variable '\(v.name)' is declared but never used.", at: v.path, atKey: true))
            }
        }
        for v in context.template.variableCopies {
            let references = ReferenceCounting(context) { $0.path.hasPrefix(v.path) }
            if references.dynamicVariables { return [] }
            if !references.variables.contains(v.name.lowercased()) {
                out.append(context.finding(self, "Variable '\(v.name)' (a copy loop) is declared but never used.",
                                           at: v.path.appending("name")))
            }
        }
        return out
    }
}
