import ArmletCatalog
import ArmletExpressions

extension ResourceTypeScopes {
    /// The scopes a template's top-level resources may deploy at, from its `$schema`'s scope. ARM
    /// decides the scope by the endpoint, not the schema, and the plain `deploymentTemplate.json`
    /// schema is used for subscription deployments too (Microsoft's own examples do), so it allows both.
    init(_ scope: DeploymentScope) {
        switch scope {
        case .resourceGroup: self = [.resourceGroup, .subscription]
        case .subscription: self = .subscription
        case .managementGroup: self = .managementGroup
        case .tenant: self = .tenant
        }
    }
}
