import ArmletCore
import ArmletExpressions
import ArmletJSON
import ArmletState
import ArmletTemplate
import Foundation

/// A deployment's target read from the state: the subscription (the engine's, also at management
/// group and tenant scope, where the deployed resources name their own), the resource group for a
/// group deployment, the scope's id and the deployment's location.
struct ResolvedTarget {
    let target: DeploymentTarget
    let subscription: SubscriptionRecord
    let tenant: TenantRecord?
    let group: ResourceGroupRecord?
    /// The deployment's location: the request's outside a resource group, the group's in one.
    let location: String

    /// `/subscriptions/{s}/resourceGroups/{g}`, `/subscriptions/{s}`, the management group's id, or "".
    var scopeId: String { target.scopeId(subscriptionId: subscription.id) }

    /// The id of the deployment `name` at this scope.
    func deploymentId(_ name: String) -> String {
        DeploymentRecord.id(scope: scopeId, name: name)
    }

    /// The expansion context of deployment `name` in `mode` at this target, with a fresh budget
    /// bounded by `limits`.
    func expansionContext(name: String, mode: DeploymentMode, clock: any Clock,
                          limits: EvaluationBudget.Limits) -> DeploymentContext {
        var context = DeploymentContext()
        context.budget = EvaluationBudget(limits)
        context.subscriptionId = subscription.id
        context.subscriptionDisplayName = subscription.displayName
        context.tenantId = subscription.tenantId
        if let tenant { context.tenantDisplayName = tenant.displayName }
        context.location = location
        switch target {
        case .resourceGroup:
            context.scope = .resourceGroup
            if let group {
                context.resourceGroupName = group.name
                context.resourceGroupTags = group.tags.objectValue ?? JSONObject()
            }
        case .subscription:
            context.scope = .subscription
        case .managementGroup(let name):
            context.scope = .managementGroup
            context.managementGroupName = name
        case .tenant:
            context.scope = .tenant
        }
        context.scopeIsFixed = true
        context.deploymentName = name
        context.mode = mode.rawValue
        context.clock = {
            ArmDateTime(ticksSinceEpoch: Int64((clock.now().timeIntervalSince1970 * 10_000_000).rounded(.down)))
        }
        context.guidSource = { UUID().uuidString.lowercased() }
        return context
    }
}

extension DeploymentEngine {
    /// Reads `request`'s target from the state and checks ARM's rules for it: the group exists; a
    /// location is given (and is a region) outside a group and not inside one; the management group
    /// exists; `Complete` mode only at a resource group.
    func resolve(_ request: DeploymentRequest) throws -> ResolvedTarget {
        let base = try resolve(request.target)
        switch request.target {
        case .resourceGroup:
            if request.location != nil {
                throw ARMError(code: "InvalidDeployment",
                               message: "The 'location' property is not allowed for '\(request.name)' at resource group "
                                   + "scope. The deployment takes the resource group's location.")
            }
            return base
        case .subscription, .managementGroup, .tenant:
            guard let location = request.location, !location.isEmpty else {
                throw ARMError(code: "InvalidDeployment",
                               message: "The 'location' property must be specified for '\(request.name)' at "
                                   + "\(request.target.displayName) scope: it is where the deployment's data is stored.")
            }
            let normalized = Location.normalize(location)
            guard AzureRegions.physical.contains(normalized) else {
                throw ARMError(code: "LocationNotAvailableForDeployment",
                               message: "The provided location '\(location)' is not available for deployment. List of "
                                   + "available regions is '" + AzureRegions.physical.joined(separator: ",") + "'.")
            }
            if request.mode == .complete {
                throw ARMError(code: "InvalidDeployment",
                               message: "The deployment mode 'Complete' is only supported at resource group scope; "
                                   + "deployments at \(request.target.displayName) scope are Incremental.")
            }
            return ResolvedTarget(target: base.target, subscription: base.subscription, tenant: base.tenant,
                                  group: nil, location: normalized)
        }
    }

    /// Reads `target` from the state (the location is the group's, or the default outside a group).
    /// - Throws: ``ARMError`` `ResourceGroupNotFound`, `ManagementGroupNotFound` (404).
    func resolve(_ target: DeploymentTarget) throws -> ResolvedTarget {
        let subscription = try manager.currentSubscriptionRecord()
        let tenant = try store.read { try $0.tenant(id: subscription.tenantId) }
        switch target {
        case .resourceGroup(let name):
            let group = try manager.groupRecord(name: name)
            return ResolvedTarget(target: target, subscription: subscription, tenant: tenant, group: group,
                                  location: group.location)
        case .managementGroup(let name):
            try manager.checkManagementGroup(name, tenantId: subscription.tenantId)
            fallthrough
        case .subscription, .tenant:
            return ResolvedTarget(target: target, subscription: subscription, tenant: tenant, group: nil,
                                  location: ARMDefaults.location)
        }
    }
}
