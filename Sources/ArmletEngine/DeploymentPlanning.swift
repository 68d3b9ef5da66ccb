import ArmletCore
import ArmletExpressions
import ArmletJSON
import ArmletState
import ArmletTemplate
import Foundation

/// The deployment context a template is expanded in: the subscription, tenant and group from
/// state, the deployment's name and mode, and the engine's clock for `utcNow()`.
enum DeploymentPlanning {
    static func context(name: String, mode: DeploymentMode, group: ResourceGroupRecord,
                        subscription: SubscriptionRecord, tenant: TenantRecord?, clock: any Clock) -> DeploymentContext {
        var context = DeploymentContext()
        context.subscriptionId = subscription.id
        context.subscriptionDisplayName = subscription.displayName
        context.tenantId = subscription.tenantId
        if let tenant { context.tenantDisplayName = tenant.displayName }
        context.resourceGroupName = group.name
        context.location = group.location
        context.resourceGroupTags = group.tags.objectValue ?? JSONObject()
        context.deploymentName = name
        context.mode = mode.rawValue
        context.clock = {
            ArmDateTime(ticksSinceEpoch: Int64((clock.now().timeIntervalSince1970 * 10_000_000).rounded(.down)))
        }
        context.guidSource = { UUID().uuidString.lowercased() }
        return context
    }

    /// Re-expands the template a deployment record keeps (for `dependencies` when showing it); nil
    /// when it no longer expands.
    static func replan(_ record: DeploymentRecord, group: ResourceGroupRecord, subscription: SubscriptionRecord,
                       clock: any Clock) -> DeploymentPlan? {
        let document = ParsedDocument(value: record.template, sourceMap: .empty())
        guard let template = TemplateDecoder.decode(document).template else { return nil }
        var supplied: [SuppliedParameter] = []
        for (name, entry) in record.parameters.objectValue ?? JSONObject() {
            if let value = entry["value"] { supplied.append(SuppliedParameter(name: name, value: value)) }
        }
        let context = context(name: record.name, mode: record.mode, group: group, subscription: subscription,
                              tenant: nil, clock: clock)
        let result = TemplateExpander.expand(template: template, document: document, parameters: NamedList(supplied),
                                             context: context)
        return result.hasErrors ? nil : result.plan
    }
}
