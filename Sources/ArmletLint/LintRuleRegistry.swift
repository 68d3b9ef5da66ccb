import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// The rules Armlet ships, by theme; adding a rule is adding its file and one line here.
package struct LintRuleRegistry: Sendable {
    /// The rules in report order.
    package let rules: [any LintRule]

    /// Where rule documentation lives; a rule's help URI is this plus its id.
    package static let documentationBase = "https://github.com/armlet/armlet/blob/main/Sources/ArmletLint/ArmletLint.docc/ArmletLint.md#"

    /// A registry of `rules`.
    package init(rules: [any LintRule]) { self.rules = rules }

    /// Every standard rule.
    package static let standard = LintRuleRegistry(rules: [
        // correctness
        TemplateSyntaxRule(),
        TemplateStructureRule(),
        APIVersionUnknownRule(),
        ResourceTypeInvalidRule(),
        IncrementalFlagRule(),
        SnapshotSectorSizeRule(),
        UnknownPropertyRule(),
        InvalidEnumValueRule(),
        PropertyTypeMismatchRule(),
        ReadOnlyPropertyRule(),
        MissingRequiredPropertyRule(),
        DependsOnMissingRule(),
        DependsOnCycleRule(),
        ExpressionSyntaxRule(),
        UnknownFunctionRule(),
        FunctionArgumentCountRule(),
        UndeclaredParameterRule(),
        UndeclaredVariableRule(),
        OutputTypeMismatchRule(),
        // hygiene
        NoUnusedParamsRule(),
        NoUnusedVarsRule(),
        NoHardcodedLocationRule(),
        NoUnnecessaryDependsOnRule(),
        SimplifyConcatRule(),
        UseResourceIdFunctionsRule(),
        UseRecentAPIVersionsRule(),
        ContentVersionFormatRule(),
        SchemaCurrentRule(),
        UnusedSuppressionRule(),
        // security
        SecureParameterDefaultRule(),
        SecureSecretsInParamsRule(),
        OutputsShouldNotContainSecretsRule(),
        AdminUsernameShouldNotBeLiteralRule(),
        DiskNetworkAccessRule(),
        SnapshotEncryptionRule(),
    ])

    /// The rule with `id` (ignoring case).
    package func rule(id: String) -> (any LintRule)? {
        rules.first { $0.id.lowercased() == id.lowercased() }
    }

    /// Every rule id.
    package var ids: [String] { rules.map(\.id) }
}
