import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `template-syntax`: the file must be a readable template — valid JSON/YAML with the template's structure.
package struct TemplateSyntaxRule: LintRule {
    package let id = "template-syntax"
    package let theme = LintTheme.correctness
    package let description = "The file must be a valid deployment template."
    package let rationale = "ARM rejects text that is not JSON, or a template whose sections have the wrong shape, before deploying anything."
    package let help = "Fix the syntax or structure error at the reported position (a missing comma or brace, a section of the wrong type, a misspelt top-level member)."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.decodeDiagnostics.filter { $0.severity == .error && !$0.targets("contentVersion") }.map { d in
            LintFinding(ruleID: id, level: defaultLevel, message: d.message,
                        location: d.location ?? context.location(of: .root))
        }
    }
}
