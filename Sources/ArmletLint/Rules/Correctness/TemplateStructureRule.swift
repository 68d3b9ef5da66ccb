import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `template-structure`: members ARM does not know on resources, parameters and outputs.
package struct TemplateStructureRule: LintRule {
    package let id = "template-structure"
    package let theme = LintTheme.correctness
    package let description = "Resources, parameters and outputs should only use members ARM knows."
    package let rationale = "ARM ignores or rejects unknown members; they are usually misspellings of a real one."
    package let help = "Rename the member to the one you meant, or remove it."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.decodeDiagnostics.filter { $0.severity != .error }.map { d in
            LintFinding(ruleID: id, level: defaultLevel, message: d.message,
                        location: d.location ?? context.location(of: .root))
        }
    }
}
