package import ArmletCore
package import ArmletJSON
import ArmletState
package import ArmletTemplate
import Foundation

/// The outcome of validating a deployment: the plan, ARM's error when preflight failed, and the
/// warnings (ARM's `diagnostics`).
package struct DeploymentValidation: Sendable {
    /// The expanded plan (partial when the template has errors).
    package let plan: DeploymentPlan
    /// ARM's preflight error: `InvalidTemplate` or `InvalidTemplateDeployment` with details, each
    /// with its template position; `nil` when the deployment is valid.
    package let error: ARMError?
    /// Problems that do not stop the deployment (Azure would ignore what they point at).
    package let warnings: [Diagnostic]
    /// The tracking (correlation) id of the validation.
    package let correlationId: String

    /// Whether preflight passed.
    package var isValid: Bool { error == nil }
}

/// Deployments at resource-group scope: validate (preflight), deploy (Incremental or Complete),
/// history, operations, export and delete — what `az deployment group …` and the REST API's
/// `Microsoft.Resources/deployments` do.
package struct DeploymentEngine: Sendable {
    /// The engine's parts.
    package let context: EngineContext

    /// An engine over `context`.
    package init(context: EngineContext) { self.context = context }

    var store: any StateStore { context.store }
    var manager: ResourceManager { ResourceManager(context: context) }

    /// Expands `request` and runs preflight against the current state; writes nothing.
    /// - Throws: ``ARMError`` `ResourceGroupNotFound`, `InvalidDeploymentName`; preflight problems are
    ///   returned in ``DeploymentValidation/error``, not thrown.
    package func validate(_ request: DeploymentRequest) throws -> DeploymentValidation {
        try request.checkName()
        let group = try manager.groupRecord(name: request.resourceGroup)
        let subscription = try manager.currentSubscriptionRecord()
        let tenant = try store.read { try $0.tenant(id: subscription.tenantId) }
        let expansionContext = DeploymentPlanning.context(name: request.name, mode: request.mode, group: group,
                                                          subscription: subscription, tenant: tenant,
                                                          clock: context.clock)
        let expansion = TemplateExpander.expand(request.template, parameters: request.parameters,
                                                context: expansionContext)
        let preflight = Preflight(request: request, expansion: expansion, subscription: subscription, group: group,
                                  requests: ResourceRequests(registry: context.registry, now: context.clock.now()))
        var outcome = Preflight.Outcome()
        do {
            try store.write { state -> Void in
                outcome = preflight.run(in: state)
                throw DryRunRollback()
            }
        } catch is DryRunRollback {}
        let trackingId = UUID().uuidString.lowercased()
        return DeploymentValidation(plan: expansion.plan,
                                    error: Preflight.frame(outcome, deploymentName: request.name, trackingId: trackingId),
                                    warnings: outcome.warnings, correlationId: trackingId)
    }

    /// Validates `request` and, when valid, deploys it; returns the final record (Succeeded, or Failed
    /// with ARM's `DeploymentFailed` error and the resources deployed before the failure kept).
    /// - Throws: the preflight ``ARMError`` (nothing is written then), `ResourceGroupNotFound`, or a
    ///   state error.
    package func deploy(_ request: DeploymentRequest) throws -> Deployment {
        try deploy(request, after: try validate(request))
    }

    /// Deploys `request` after its ``validate(_:)`` returned `validation` (as `az` validates, then
    /// creates); a failed validation is thrown.
    package func deploy(_ request: DeploymentRequest, after validation: DeploymentValidation) throws -> Deployment {
        if let error = validation.error { throw error }
        let group = try manager.groupRecord(name: request.resourceGroup)
        let run = DeploymentRun(context: context, request: request, plan: validation.plan,
                                subscription: try manager.currentSubscriptionRecord(), group: group,
                                correlationId: validation.correlationId)
        return Deployment(try run.execute())
    }

    /// The deployment `name` of group `resourceGroup`.
    /// - Throws: ``ARMError`` `ResourceGroupNotFound` or `DeploymentNotFound` (404).
    package func deployment(resourceGroup: String, name: String) throws -> Deployment {
        let group = try manager.group(name: resourceGroup)
        guard let record = try store.read({ try $0.deployment(scope: group.id, name: name) }) else {
            throw ARMError.deploymentNotFound(name)
        }
        return Deployment(record)
    }

    /// The deployments of group `resourceGroup`, oldest first.
    package func deployments(resourceGroup: String) throws -> [Deployment] {
        let group = try manager.group(name: resourceGroup)
        return try store.read { try $0.deployments(scope: group.id) }.map(Deployment.init)
    }

    /// Deletes the deployment record `name` (and its operations); the deployed resources stay, as in
    /// ARM. Deleting one that does not exist succeeds (ARM answers 204).
    package func delete(resourceGroup: String, name: String) throws {
        let group = try manager.group(name: resourceGroup)
        try store.write { state in _ = try state.deleteDeployment(scope: group.id, name: name) }
    }

    /// The template of deployment `name` as submitted (`{"template": …}`, ARM's exportTemplate).
    package func exportTemplate(resourceGroup: String, name: String) throws -> JSONValue {
        ["template": try deployment(resourceGroup: resourceGroup, name: name).template]
    }

    /// The operations of deployment `name`, in the order they ran.
    package func operations(resourceGroup: String, name: String) throws -> [DeploymentOperation] {
        let record = try deployment(resourceGroup: resourceGroup, name: name)
        return try store.read { try $0.deploymentOperations(deploymentId: record.id) }.map(DeploymentOperation.init)
    }
}

/// Thrown to roll back preflight's dry run.
struct DryRunRollback: Error {}
