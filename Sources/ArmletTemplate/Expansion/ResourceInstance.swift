import ArmletJSON

/// One instance of a resource declaration after its identity is known (copy index, condition,
/// name, type, id), before its body is evaluated.
struct ResourceInstance {
    let resource: Resource
    let copyIndices: [String: Int64]
    let copy: PlannedResource.CopyInstance?
    let name: String
    let type: String
    let id: String
    let condition: Bool
    /// The enclosing resource instance of a nested child declaration.
    let parentId: String?
    let parentDeployed: Bool
    /// For nested deployments: the context their inner template deploys into.
    let target: DeploymentContext?

    var deployed: Bool { condition && !resource.existing }
}
