import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `secure-secrets-in-params`: a parameter whose name says it holds a secret but whose type is not secure.
public struct SecureSecretsInParamsRule: LintRule {
    public let id = "secure-secrets-in-params"
    public let theme = LintTheme.security
    public let description = "Parameters that hold secrets should be secureString or secureObject."
    public let rationale = "Values of plain string parameters are logged in the deployment history; secure types are not."
    public let help = "Change the type to securestring (or secureObject)."
    public let defaultLevel = LintLevel.warning
    public init() {}

    /// Name endings that say the value is a secret (`adminPassword`, `clientSecret`). `token` is left
    /// out on purpose: most `...Token` parameters in real templates are uniqueness or NetApp creation tokens.
    static let secretEndings = ["password", "pwd", "passphrase", "secret", "secretvalue", "apikey", "accesskey"]

    public func check(_ context: LintContext) -> [LintFinding] {
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
