import ArmletCore
import ArmletJSON
import ArmletState
import ArmletTemplate

/// A deployment to run or validate: which template with which parameters, under which name, into
/// which resource group, in which mode (`az deployment group create -g -n --template-file
/// --parameters --mode`).
public struct DeploymentRequest: Sendable {
    /// The deployment name (`az` defaults it to the template file's base name).
    public var name: String
    /// The target resource group (in the current subscription).
    public var resourceGroup: String
    /// The template, as loaded from its file (positions are kept for errors).
    public var template: LoadedTemplate
    /// The parameter values supplied (`--parameters`).
    public var parameters: NamedList<SuppliedParameter>
    /// `Incremental` (the default) or `Complete`.
    public var mode: DeploymentMode

    /// A request.
    public init(name: String, resourceGroup: String, template: LoadedTemplate,
                parameters: NamedList<SuppliedParameter> = NamedList(), mode: DeploymentMode = .incremental) {
        self.name = name
        self.resourceGroup = resourceGroup
        self.template = template
        self.parameters = parameters
        self.mode = mode
    }

    /// ARM's deployment name rule: 1–64 characters of letters, digits, `- _ . ( )`.
    func checkName() throws {
        let allowed = name.allSatisfy { $0.isLetter || $0.isNumber || "-_.()".contains($0) }
        guard !name.isEmpty, name.count <= 64, allowed else {
            throw ARMError(code: "InvalidDeploymentName",
                           message: "The deployment name '\(name)' is invalid. It can contain only letters, digits, "
                               + "hyphens, underscores, periods and parentheses, and be at most 64 characters long.")
        }
    }
}
