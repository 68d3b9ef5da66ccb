import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `template-syntax`: the file must be a readable template — valid JSON/YAML with the template's structure.
public struct TemplateSyntaxRule: LintRule {
    public let id = "template-syntax"
    public let theme = LintTheme.correctness
    public let description = "The file must be a valid deployment template."
    public let rationale = "ARM rejects text that is not JSON, or a template whose sections have the wrong shape, before deploying anything."
    public let help = "Fix the syntax or structure error at the reported position (a missing comma or brace, a section of the wrong type, a misspelt top-level member)."
    public let defaultLevel = LintLevel.error
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        context.decodeDiagnostics.filter { $0.severity == .error && !$0.targets("contentVersion") }.map { d in
            LintFinding(ruleID: id, level: defaultLevel, message: d.message,
                        location: d.location ?? context.location(of: .root))
        }
    }
}
