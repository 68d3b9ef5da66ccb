import ArmletCore
import ArmletJSON
import ArmletProviders
import ArmletState
import ArmletTemplate
import Foundation

extension DeploymentRun {
    /// The record of the nested deployment `resource` (a `Microsoft.Resources/deployments` of the plan).
    func nestedRecord(_ resource: PlannedResource, state: ProvisioningState, at time: Date) -> DeploymentRecord {
        // The record's id must be the plan's id for the deployment resource: its operations are saved under it.
        let scope = resource.id.range(of: "/providers/", options: [.backwards, .caseInsensitive])
            .map { String(resource.id[..<$0.lowerBound]) } ?? resource.nested?.targetScope ?? target.scopeId
        let declaration = request.template.document.value[path: resource.path]
        let properties = declaration?["properties"]
        return DeploymentRecord(
            scope: scope, name: ResourceID.name(of: resource.id),
            subscriptionId: ResourceID(scope)?.subscriptionId ?? subscription.id,
            resourceGroup: ResourceID(scope)?.resourceGroup,
            location: (resource.body["location"]?.stringValue).map(Location.normalize),
            template: properties?["template"] ?? .null,
            parameters: resource.body["properties"]?["parameters"] ?? .object(JSONObject()),
            mode: (resource.body["properties"]?["mode"]?.stringValue).flatMap { DeploymentMode(rawValue: $0) }
                ?? .incremental,
            provisioningState: state, timestamp: time, correlationId: correlationId,
            templateHash: properties?["template"].map(ARMFormat.templateHash))
    }

    /// Completes the nested deployment `resource` once its inner resources ran: its own record
    /// (Succeeded with its outputs, or Failed with `DeploymentFailed`) and the parent's operation for it.
    func finishNested(_ resource: PlannedResource, statuses: [String: Status], started: Date) throws -> Status {
        var record = nestedRecord(resource, state: .running, at: started)
        let owner = resource.deployment ?? deploymentId
        var failure: ARMError?
        if let nested = resource.nested, nested.deferredReason == nil {
            let innerFailures = nested.resources.compactMap { statuses[$0.lowercased()]?.error }
            if innerFailures.isEmpty {
                do {
                    record.outputs = try evaluateOutputs(nested.outputs, of: record.id)
                } catch let error as ARMError {
                    failure = error
                }
            } else {
                failure = .deploymentFailed(target: record.id, details: innerFailures)
            }
        } else {
            let reason = resource.nested?.deferredReason ?? "it has no inline template"
            failure = ARMError(code: "InvalidTemplate",
                               message: "Armlet cannot deploy the nested deployment '\(record.name)' yet: " + Preflight.sentence(reason))
        }
        let end = context.clock.now()
        record.provisioningState = failure == nil ? .succeeded : .failed
        record.error = failure?.json
        record.timestamp = end
        record.duration = end.timeIntervalSince(started)
        let final = record
        let record2: DeploymentOperationRecord
        if let failure {
            record2 = operation(owner: owner, resource: resource, state: .failed, statusCode: "BadRequest",
                                message: ["status": "Failed", "error": failure.json], started: started)
        } else {
            record2 = operation(owner: owner, resource: resource, state: .succeeded, statusCode: "OK",
                                message: ["status": "OK"], started: started)
        }
        try store.write { state in
            try state.save(final)
            try state.save(record2)
        }
        return failure.map(Status.failed) ?? .succeeded
    }
}

/// `Complete` mode: after a successful apply, the group's resources the template does not have are
/// deleted through their providers, each with a `Delete` operation. Deployments are not resources
/// and stay.
struct CompleteModeCleanup {
    let run: DeploymentRun

    func deleteAbsentResources() throws -> [ARMError] {
        guard let group = run.target.group else { return [] }
        let keep = Set(run.plan.resources.filter(\.isDeployed).map { $0.id.lowercased() })
        let subscription = run.subscription
        let existing = try run.store.read { try $0.resources(subscriptionId: subscription.id, resourceGroup: group.name) }
        var failures: [ARMError] = []
        let registry = run.context.registry
        let clock = run.context.clock
        for record in existing.sorted(by: { $0.id.count > $1.id.count })
        where !keep.contains(record.id.lowercased()) && !keep.contains(where: { record.id.lowercased().hasPrefix($0 + "/") }) {
            let started = clock.now()
            do {
                try run.store.write { state in
                    guard try state.resource(id: record.id) != nil else { return }
                    let request = ResourceRequest(id: record.id, type: record.type, apiVersion: record.apiVersion,
                                                  name: record.name, subscription: subscription, resourceGroup: group,
                                                  now: clock.now())
                    _ = try registry.provider(for: record.type).delete(request, in: state)
                    try state.save(run.operation(owner: run.deploymentId, resource: nil, kind: "Delete",
                                                 resourceId: record.id, state: .succeeded, statusCode: "OK",
                                                 message: ["status": "OK"], started: started))
                }
            } catch {
                let e = DeploymentRun.plain(ARMError.from(error))
                failures.append(e)
                try run.store.write { state in
                    try state.save(run.operation(owner: run.deploymentId, resource: nil, kind: "Delete",
                                                 resourceId: record.id, state: .failed,
                                                 statusCode: DeploymentRun.statusName(e.httpStatus),
                                                 message: ["status": "Failed", "error": e.json], started: started))
                }
            }
        }
        return failures
    }
}
