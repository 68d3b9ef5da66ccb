package import ArmletCore
import ArmletJSON
import ArmletState
package import ArmletTemplate

/// A deployment to run or validate: which template with which parameters, under which name, into
/// which resource group, in which mode (`az deployment group create -g -n --template-file
/// --parameters --mode`).
package struct DeploymentRequest: Sendable {
    /// The deployment name (`az` defaults it to the template file's base name).
    package var name: String
    /// The target resource group (in the current subscription).
    package var resourceGroup: String
    /// The template, as loaded from its file (positions are kept for errors).
    package var template: LoadedTemplate
    /// The parameter values supplied (`--parameters`).
    package var parameters: NamedList<SuppliedParameter>
    /// `Incremental` (the default) or `Complete`.
    package var mode: DeploymentMode

    /// A request.
    package init(name: String, resourceGroup: String, template: LoadedTemplate,
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
