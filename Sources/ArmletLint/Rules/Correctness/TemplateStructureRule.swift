import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `template-structure`: members ARM does not know on resources, parameters and outputs.
public struct TemplateStructureRule: LintRule {
    public let id = "template-structure"
    public let theme = LintTheme.correctness
    public let description = "Resources, parameters and outputs should only use members ARM knows."
    public let rationale = "ARM ignores or rejects unknown members; they are usually misspellings of a real one."
    public let help = "Rename the member to the one you meant, or remove it."
    public let defaultLevel = LintLevel.warning
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        context.decodeDiagnostics.filter { $0.severity != .error }.map { d in
            LintFinding(ruleID: id, level: defaultLevel, message: d.message,
                        location: d.location ?? context.location(of: .root))
        }
    }
}
