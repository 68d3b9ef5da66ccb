public import ArmletJSON

/// The concrete outcome of expanding a template: every resource instance with its evaluated
/// body, the dependency graph in deployable batches, the outputs, and the parameters used.
///
/// Nested deployments appear as `Microsoft.Resources/deployments` resources *and* their inner
/// resources appear in ``resources`` (with ``PlannedResource/deployment`` naming the deployment).
/// In ``dependencyOrder`` an inner resource waits for what its deployment waits for, and the
/// deployment completes after its inner resources.
public struct DeploymentPlan: Sendable {
    /// The deployment scope id (`/subscriptions/{s}/resourceGroups/{g}`).
    public let scopeId: String
    /// The deployment name.
    public let deploymentName: String
    /// Every resource instance in template order (nested ones after their deployment).
    public internal(set) var resources: [PlannedResource]
    /// Ids of deployed resources in batches: every resource of a batch depends only on
    /// resources of earlier batches.
    public internal(set) var dependencyOrder: [[String]]
    /// The outputs in declaration order (conditions false are left out).
    public internal(set) var outputs: [PlannedOutput]
    /// The parameter values used, in declaration order.
    public let parameters: JSONObject

    /// The resource with `id` (ignoring case).
    public func resource(id: String) -> PlannedResource? {
        resources.first { $0.id.lowercased() == id.lowercased() }
    }

    /// The resources the engine deploys (condition true, not `existing`).
    public var deployedResources: [PlannedResource] { resources.filter(\.isDeployed) }
}
