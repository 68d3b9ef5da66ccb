import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// One lint rule: a stable id, what it checks, how serious it is by default and how to fix what it finds.
///
/// A rule is a value with no state; ``check(_:)`` reads the ``LintContext`` (document, decoded
/// template, expression index, resource index, catalog) and returns findings at the rule's default
/// level — the ``Linter`` applies the configured level and suppressions afterwards. Adding a rule is
/// adding one file under `Rules/<Theme>/` and one line in ``LintRuleRegistry/standard``.
package protocol LintRule: Sendable {
    /// The kebab-case id used in configuration, suppressions and reports; never changes once published.
    var id: String { get }
    /// The family the rule belongs to.
    var theme: LintTheme { get }
    /// One sentence: what the rule wants (SARIF `shortDescription`).
    var description: String { get }
    /// Why it matters (SARIF `fullDescription`).
    var rationale: String { get }
    /// How to fix a finding, as a person would do it (SARIF `help`).
    var help: String { get }
    /// The level used when configuration says nothing.
    var defaultLevel: LintLevel { get }
    /// Where the rule is documented.
    var helpURI: String { get }
    /// The findings in `context`, at ``defaultLevel``.
    func check(_ context: LintContext) -> [LintFinding]
}

extension LintRule {
    /// The documentation section of the rule: `Sources/ArmletLint/ArmletLint.docc/ArmletLint.md#<id>` in the Armlet repository.
    package var helpURI: String { LintRuleRegistry.documentationBase + id }
    package var rationale: String { description }
}
