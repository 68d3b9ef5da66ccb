import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `secure-secrets-in-params`: a parameter whose name says it holds a secret but whose type is not secure.
package struct SecureSecretsInParamsRule: LintRule {
    package let id = "secure-secrets-in-params"
    package let theme = LintTheme.security
    package let description = "Parameters that hold secrets should be secureString or secureObject."
    package let rationale = "Values of plain string parameters are logged in the deployment history; secure types are not."
    package let help = "Change the type to securestring (or secureObject)."
    package let defaultLevel = LintLevel.warning
    package init() {}

    /// Name endings that say the value is a secret (`adminPassword`, `clientSecret`). `token` is left
    /// out on purpose: most `...Token` parameters in real templates are uniqueness or NetApp creation tokens.
    static let secretEndings = ["password", "pwd", "passphrase", "secret", "secretvalue", "apikey", "accesskey"]

    package func check(_ context: LintContext) -> [LintFinding] {
        context.template.parameters.compactMap { p in
            guard let type = p.type, !type.isSecure, type == .string || type == .object else { return nil }
            let name = p.name.lowercased()
            guard Self.secretEndings.contains(where: { name.hasSuffix($0) }) else { return nil }
            return context.finding(self,
                "Parameter '\(p.name)' looks like a secret but has type '\(p.typeName ?? type.armName)'; use '\(type == .object ? "secureObject" : "securestring")'.",
                at: p.path.appending("type"))
        }
    }
}
