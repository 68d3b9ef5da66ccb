package import ArmletCore
package import ArmletJSON
import ArmletProviders
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

/// Deployments at every scope (resource group, subscription, management group, tenant): validate
/// (preflight), deploy (Incremental, or Complete in a group), history, operations, export and
/// delete — what `az deployment group|sub|mg|tenant …` and the REST API's
/// `Microsoft.Resources/deployments` do.
package struct DeploymentEngine: Sendable {
    /// The engine's parts.
    package let context: EngineContext

    /// An engine over `context`.
    package init(context: EngineContext) { self.context = context }

    var store: any StateStore { context.store }
    var manager: ResourceManager { ResourceManager(context: context) }

    /// Expands `request` and runs preflight against the current state; writes nothing.
    /// - Throws: ``ARMError`` `ResourceGroupNotFound`, `ManagementGroupNotFound`,
    ///   `DeploymentNameLengthLimitExceeded`, `DeploymentNameInvalidCharacters`, `InvalidDeployment`
    ///   (location missing or not allowed), `LocationNotAvailableForDeployment`; preflight problems are
    ///   returned in ``DeploymentValidation/error``, not thrown.
    package func validate(_ request: DeploymentRequest) throws -> DeploymentValidation {
        try request.checkName()
        let target = try resolve(request)
        let expansion = TemplateExpander.expand(request.template, parameters: request.parameters,
                                                context: target.expansionContext(name: request.name, mode: request.mode,
                                                                                 clock: context.clock,
                                                                                 limits: context.evaluationLimits))
        let now = context.clock.now()
        var requests = ResourceRequests(registry: context.registry, now: now)
        requests.plannedGroups = Self.plannedGroups(expansion.plan, now: now)
        let preflight = Preflight(request: request, expansion: expansion, target: target, requests: requests)
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
        let target = try resolve(request)
        let candidate = try rollbackCandidate(for: request, scopeId: target.scopeId)
        var run = DeploymentRun(context: context, request: request, plan: validation.plan, target: target,
                                correlationId: validation.correlationId)
        if let onError = request.onErrorDeployment, let candidate {
            run.onErrorDeployment = Self.onErrorJSON(onError, name: candidate.name, state: nil)
        }
        let record = try run.execute()
        if record.provisioningState == .failed, let onError = request.onErrorDeployment, let candidate {
            return Deployment(try rollBack(record, to: candidate, onError: onError, target: request.target))
        }
        return Deployment(record)
    }

    /// The deployment `name` at `target`.
    /// - Throws: ``ARMError`` `ResourceGroupNotFound`, `ManagementGroupNotFound` or `DeploymentNotFound` (404).
    package func deployment(at target: DeploymentTarget, name: String) throws -> Deployment {
        let scope = try resolve(target).scopeId
        guard let record = try store.read({ try $0.deployment(scope: scope, name: name) }) else {
            throw ARMError.deploymentNotFound(name)
        }
        return Deployment(record)
    }

    /// The deployments at `target`, oldest first.
    package func deployments(at target: DeploymentTarget) throws -> [Deployment] {
        let scope = try resolve(target).scopeId
        return try store.read { try $0.deployments(scope: scope) }.map(Deployment.init)
    }

    /// Deletes the deployment record `name` at `target` (and its operations); the deployed resources
    /// stay, as in ARM. Deleting one that does not exist succeeds (ARM answers 204).
    package func delete(at target: DeploymentTarget, name: String) throws {
        let scope = try resolve(target).scopeId
        try store.write { state in _ = try state.deleteDeployment(scope: scope, name: name) }
    }

    /// The template of deployment `name` as submitted (`{"template": …}`, ARM's exportTemplate).
    package func exportTemplate(at target: DeploymentTarget, name: String) throws -> JSONValue {
        ["template": try deployment(at: target, name: name).template]
    }

    /// The operations of deployment `name` at `target`, in the order they ran.
    package func operations(at target: DeploymentTarget, name: String) throws -> [DeploymentOperation] {
        let record = try deployment(at: target, name: name)
        return try store.read { try $0.deploymentOperations(deploymentId: record.id) }.map(DeploymentOperation.init)
    }

    /// The groups `plan` creates (`Microsoft.Resources/resourceGroups` resources), as records.
    static func plannedGroups(_ plan: DeploymentPlan, now: Date) -> [String: ResourceGroupRecord] {
        var groups: [String: ResourceGroupRecord] = [:]
        for resource in plan.deployedResources
        where JSONObject.equalIgnoringCase(resource.type, ResourceGroupProvider.type) {
            guard let id = ResourceID(resource.id), id.kind == .resourceGroup, let subscription = id.subscriptionId
            else { continue }
            let location = Location.normalize(resource.body["location"]?.stringValue ?? "")
            groups[id.name.lowercased()] = ResourceGroupRecord(subscriptionId: subscription, name: id.name,
                                                                location: location, createdTime: now)
        }
        return groups
    }
}

/// Thrown to roll back preflight's dry run.
struct DryRunRollback: Error {}
