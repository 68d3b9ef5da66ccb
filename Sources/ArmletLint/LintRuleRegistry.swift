import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// The rules Armlet ships, by theme; adding a rule is adding its file and one line here.
public struct LintRuleRegistry: Sendable {
    /// The rules in report order.
    public let rules: [any LintRule]

    /// Where rule documentation lives; a rule's help URI is this plus its id.
    public static let documentationBase = "https://github.com/armlet/armlet/blob/main/Sources/ArmletLint/ArmletLint.docc/ArmletLint.md#"

    /// A registry of `rules`.
    public init(rules: [any LintRule]) { self.rules = rules }

    /// Every standard rule.
    public static let standard = LintRuleRegistry(rules: [
        // correctness
        TemplateSyntaxRule(),
        TemplateStructureRule(),
        APIVersionUnknownRule(),
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
    public func rule(id: String) -> (any LintRule)? {
        rules.first { $0.id.lowercased() == id.lowercased() }
    }

    /// Every rule id.
    public var ids: [String] { rules.map(\.id) }
}
