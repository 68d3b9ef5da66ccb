package import ArmletCore
import ArmletJSON
import ArmletState
package import ArmletTemplate

/// A deployment to run or validate: which template with which parameters, under which name, at
/// which scope (and, outside a resource group, in which location), in which mode (`az deployment
/// group|sub|mg|tenant create -g|-l -n --template-file --parameters --mode`).
package struct DeploymentRequest: Sendable {
    /// The deployment name (`az` defaults it to the template file's base name).
    package var name: String
    /// The scope the deployment is created at.
    package var target: DeploymentTarget
    /// Where the deployment's data is stored: required outside a resource group, not allowed in one.
    package var location: String?
    /// The template, as loaded from its file (positions are kept for errors).
    package var template: LoadedTemplate
    /// The parameter values supplied (`--parameters`).
    package var parameters: NamedList<SuppliedParameter>
    /// `Incremental` (the default) or `Complete`.
    package var mode: DeploymentMode
    /// What to redeploy when this deployment fails (`properties.onErrorDeployment`).
    package var onErrorDeployment: OnErrorDeployment?

    /// A request at `target`.
    package init(name: String, target: DeploymentTarget, location: String? = nil, template: LoadedTemplate,
                parameters: NamedList<SuppliedParameter> = NamedList(), mode: DeploymentMode = .incremental) {
        self.name = name
        self.target = target
        self.location = location
        self.template = template
        self.parameters = parameters
        self.mode = mode
    }

    /// A request into resource group `resourceGroup` (in the current subscription).
    package init(name: String, resourceGroup: String, template: LoadedTemplate,
                parameters: NamedList<SuppliedParameter> = NamedList(), mode: DeploymentMode = .incremental) {
        self.name = name
        self.target = .resourceGroup(resourceGroup)
        self.template = template
        self.parameters = parameters
        self.mode = mode
    }

    /// ARM's deployment name rule: 1–64 characters of letters, digits, `- _ . ( )` (`[-\w._()]`), with
    /// ARM's codes: `DeploymentNameLengthLimitExceeded`, `DeploymentNameInvalidCharacters`.
    func checkName() throws {
        if name.isEmpty || name.count > 64 {
            throw ARMError(code: "DeploymentNameLengthLimitExceeded",
                           message: "The provided deployment name '\(name)' has a length of '\(name.count)' which "
                               + (name.isEmpty ? "is below the minimum length of '1'." : "exceeds the maximum length of '64'."))
        }
        let invalid = name.filter { !($0.isLetter || $0.isNumber || "-_.()".contains($0)) }
        if !invalid.isEmpty {
            var seen = Set<Character>()
            let listed = String(invalid.filter { seen.insert($0).inserted })
            throw ARMError(code: "DeploymentNameInvalidCharacters",
                           message: "The provided deployment name '\(name)' has these invalid characters: '\(listed)'. "
                               + "The name can only be a letter, digit, '-', '.', '_', '(' or ')'.")
        }
    }
}
