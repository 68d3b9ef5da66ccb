import ArmletCore
import ArmletJSON
import ArmletProviders
import ArmletState
import ArmletTemplate

extension DeploymentEngine {
    /// What deploying `request` would change, from the plan preflight built (`validation`) and the
    /// subscription's resources as their providers' GET returns them. Writes nothing.
    ///
    /// `options.mode` is taken from the request; resources of other groups are only matched (nested
    /// deployments may target them), never predicted as deleted.
    package func whatIf(_ request: DeploymentRequest, after validation: DeploymentValidation,
                       options: WhatIfOptions = WhatIfOptions()) throws -> WhatIfOperationResult {
        var options = options
        options.mode = request.mode == .complete ? .complete : .incremental
        let manager = context.resources
        let subscription = try manager.currentSubscription()
        let (records, groups, managementGroups) = try context.store.read {
            (try $0.resources(matching: ResourceQuery(subscriptionId: subscription.id)),
             try $0.resourceGroups(subscriptionId: subscription.id),
             try $0.resources(type: ManagementGroupProvider.type))
        }
        // Groups are resources of the subscription too: a template may create them.
        // Management groups are tenant-level records (no subscription); their stored body is their GET.
        let current = try groups.map(ResourceGroupProvider.body) + managementGroups.map(\.body)
            + records.map { try manager.get(id: $0.id, apiVersion: $0.apiVersion) }
        return WhatIfDiffer().whatIf(plan: validation.plan, current: current, options: options)
    }
}
