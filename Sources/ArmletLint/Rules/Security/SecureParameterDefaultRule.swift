import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `secure-parameter-default`: a `securestring`/`secureObject` parameter with a literal, non-empty default.
package struct SecureParameterDefaultRule: LintRule {
    package let id = "secure-parameter-default"
    package let theme = LintTheme.security
    package let description = "Secure parameters should not have a hard-coded default."
    package let rationale = "A default secret is stored in the template, in source control and in every deployment that forgets to override it."
    package let help = "Remove the defaultValue (or use an empty value or [newGuid()]) and pass the secret at deployment time, e.g. from Key Vault."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.template.parameters.compactMap { p in
            guard p.type?.isSecure ?? false, let value = p.defaultValue, !value.isTemplateExpression else { return nil }
            let empty: Bool
            switch value {
            case .string(let s): empty = s.isEmpty
            case .object(let o): empty = o.isEmpty
            case .null: empty = true
            default: empty = false
            }
            guard !empty else { return nil }
            return context.finding(self, "Secure parameter '\(p.name)' has a hard-coded default value.",
                                   at: p.path.appending("defaultValue"))
        }
    }
}
