package import ArmletEngine

/// Where a deployment route points: the subscription in the path (none at management group and
/// tenant scope, where the server's default subscription stands in) and the engine's target.
package struct DeploymentScopeRef: Sendable, Hashable {
    /// The subscription named by the path, if any.
    package var subscription: String?
    /// The deployment scope.
    package var target: DeploymentTarget

    /// A scope reference.
    package init(subscription: String?, target: DeploymentTarget) {
        self.subscription = subscription
        self.target = target
    }

    /// A resource group of subscription `subscription`.
    package static func group(_ subscription: String, _ group: String) -> DeploymentScopeRef {
        DeploymentScopeRef(subscription: subscription, target: .resourceGroup(group))
    }
}
