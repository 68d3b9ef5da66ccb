package import ArmletCore
package import ArmletJSON
package import Foundation

/// One deployment (`Microsoft.Resources/deployments`) and its outcome, kept for history,
/// `az deployment group show` and the REST API.
///
/// A deployment is named within its scope (a resource group or a subscription); names compare
/// ignoring case, and re-deploying under the same name replaces the record.
package struct DeploymentRecord: Hashable, Sendable {
    /// The scope's id: `/subscriptions/{s}/resourceGroups/{rg}` or `/subscriptions/{s}`.
    package var scope: String
    /// The deployment name as first written.
    package var name: String
    /// The subscription of the scope.
    package var subscriptionId: String
    /// The resource group for a group-scope deployment, otherwise nil.
    package var resourceGroup: String?
    /// The location, required for subscription-scope deployments.
    package var location: String?
    /// The template as submitted.
    package var template: JSONValue
    /// The parameters as submitted (`{name: {value}}`).
    package var parameters: JSONValue
    /// Incremental or Complete.
    package var mode: DeploymentMode
    /// `Accepted`, `Running`, `Succeeded`, `Failed` or `Canceled`.
    package var provisioningState: ProvisioningState
    /// The evaluated outputs (`{name: {type, value}}`), once known.
    package var outputs: JSONValue?
    /// The ARM error body (`{code, message, details}`) when the deployment failed.
    package var error: JSONValue?
    /// When the deployment last changed state.
    package var timestamp: Date
    /// How long it ran, in seconds (rendered as ISO 8601, e.g. `PT1.23S`, by the layers above).
    package var duration: TimeInterval
    /// The correlation id shared by the deployment's operations.
    package var correlationId: String
    /// The hash of the template (as `calculateTemplateHash` reports it).
    package var templateHash: String?
    /// What happened on error (`{type, deploymentName, provisioningState}`, ARM's
    /// `OnErrorDeploymentExtended`) when the request asked for `onErrorDeployment`.
    package var onErrorDeployment: JSONValue?

    /// A deployment record.
    package init(scope: String, name: String, subscriptionId: String, resourceGroup: String?, location: String? = nil,
                template: JSONValue, parameters: JSONValue = .object(JSONObject()), mode: DeploymentMode = .incremental,
                provisioningState: ProvisioningState = .accepted, outputs: JSONValue? = nil, error: JSONValue? = nil,
                timestamp: Date, duration: TimeInterval = 0, correlationId: String, templateHash: String? = nil,
                onErrorDeployment: JSONValue? = nil) {
        self.scope = scope
        self.name = name
        self.subscriptionId = subscriptionId
        self.resourceGroup = resourceGroup
        self.location = location
        self.template = template
        self.parameters = parameters
        self.mode = mode
        self.provisioningState = provisioningState
        self.outputs = outputs
        self.error = error
        self.timestamp = timestamp
        self.duration = duration
        self.correlationId = correlationId
        self.onErrorDeployment = onErrorDeployment
        self.templateHash = templateHash
    }

    /// `{scope}/providers/Microsoft.Resources/deployments/{name}`.
    package var id: String { Self.id(scope: scope, name: name) }

    /// The id of deployment `name` in `scope`.
    package static func id(scope: String, name: String) -> String {
        "\(scope)/providers/Microsoft.Resources/deployments/\(name)"
    }
}
