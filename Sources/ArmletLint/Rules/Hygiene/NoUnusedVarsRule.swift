import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `no-unused-vars`: a variable no expression reads.
package struct NoUnusedVarsRule: LintRule {
    package let id = "no-unused-vars"
    package let theme = LintTheme.hygiene
    package let description = "Every declared variable should be used."
    package let rationale = "An unused variable is dead code that readers must still understand."
    package let help = "Remove the variable, or reference it with variables('name') where it was meant to be used."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        // Where each variable is referenced from; a reference from inside the variable itself does not count.
        var referencedFrom: [String: [JSONPath]] = [:]
        for site in context.expressions.sites(inScope: 0) {
            for call in site.calls where call.isBuiltIn("variables") {
                guard let name = call.literalFirstArgument else { return [] }
                referencedFrom[name.lowercased(), default: []].append(site.path)
            }
        }
        func used(_ name: String, _ path: JSONPath) -> Bool {
            (referencedFrom[name.lowercased()] ?? []).contains { !$0.hasPrefix(path) }
        }
        var out: [LintFinding] = []
        for v in context.template.variables where !used(v.name, v.path) {
            out.append(context.finding(self, "Variable '\(v.name)' is declared but never used.", at: v.path, atKey: true))
        }
        for v in context.template.variableCopies where !used(v.name, v.path) {
            out.append(context.finding(self, "Variable '\(v.name)' (a copy loop) is declared but never used.",
                                       at: v.path.appending("name")))
        }
        return out
    }
}
