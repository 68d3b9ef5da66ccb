import ArmletCore
import ArmletJSON
import ArmletProviders
import ArmletState
import ArmletTemplate
import Foundation

/// One deployment being applied: the record moves Accepted → Running → Succeeded or Failed, each
/// resource is written in its own transaction together with its deployment operation, and a
/// failure leaves what was already deployed (as ARM does) and nothing half-written.
///
/// Batches of the plan's `dependencyOrder` run in order. ARM runs a batch's resources in parallel;
/// with one SQLite writer Armlet applies them one after the other in template order, all stamped
/// with the batch's start time, so results and operation order are deterministic. A resource whose
/// dependency failed is not started (and gets no operation), independent ones still deploy.
struct DeploymentRun {
    let context: EngineContext
    let request: DeploymentRequest
    let plan: DeploymentPlan
    let target: ResolvedTarget
    let correlationId: String
    /// The request's `onErrorDeployment` as the record shows it (`{type, deploymentName}`).
    var onErrorDeployment: JSONValue?

    var subscription: SubscriptionRecord { target.subscription }

    enum Status {
        case succeeded
        case failed(ARMError)
        case skipped

        var error: ARMError? {
            if case .failed(let e) = self { return e }
            return nil
        }
        var isSuccess: Bool {
            if case .succeeded = self { return true }
            return false
        }
    }

    var store: any StateStore { context.store }
    var deploymentId: String { target.deploymentId(request.name) }

    func execute() throws -> DeploymentRecord {
        let start = context.clock.now()
        var record = DeploymentRecord(
            scope: target.scopeId, name: request.name, subscriptionId: subscription.id, resourceGroup: target.group?.name,
            location: request.location.map { _ in target.location },
            template: request.template.document.value, parameters: Self.parametersJSON(plan.parameters),
            mode: request.mode, provisioningState: .accepted, timestamp: start, correlationId: correlationId,
            templateHash: ARMFormat.templateHash(request.template.document.value), onErrorDeployment: onErrorDeployment)
        try store.write { state in
            let old = try state.deployment(scope: target.scopeId, name: request.name)
            try DeploymentLease.acquire(for: record.id, previous: old, in: state)
            if let old {
                try state.deleteDeploymentOperations(deploymentId: old.id)
                record.name = old.name
            }
            try state.save(record)
        }
        do {
            return try apply(&record, start: start)
        } catch {
            // A run that cannot finish (a state error) leaves its record as it was and gives the name back.
            let id = record.id
            try? store.write { state in try DeploymentLease.release(id, in: state) }
            throw error
        }
    }

    private func apply(_ record: inout DeploymentRecord, start: Date) throws -> DeploymentRecord {
        record.provisioningState = .running
        try store.write { state in
            try state.save(record)
            for nested in plan.deployedResources where NestedDeployments.isDeployment(nested) {
                let inner = nestedRecord(nested, state: .running, at: start)
                if let old = try state.deployment(scope: inner.scope, name: inner.name) {
                    try state.deleteDeploymentOperations(deploymentId: old.id)
                }
                try state.save(inner)
            }
        }

        let statuses = try applyBatches()
        var failures = plan.deployedResources.filter { $0.deployment == nil }
            .compactMap { statuses[$0.id.lowercased()]?.error }
        var outputs: JSONValue?
        if failures.isEmpty, !plan.outputs.isEmpty {
            do {
                outputs = try evaluateOutputs(plan.outputs, of: record.id)
            } catch let error as ARMError {
                failures.append(error)
            }
        }
        if failures.isEmpty, request.mode == .complete {
            failures += try CompleteModeCleanup(run: self).deleteAbsentResources()
        }
        let end = context.clock.now()
        record.provisioningState = failures.isEmpty ? .succeeded : .failed
        record.outputs = failures.isEmpty ? outputs : nil
        record.error = failures.isEmpty ? JSONValue?.none : Self.failure(failures, target: record.id).json
        record.timestamp = end
        record.duration = end.timeIntervalSince(start)
        let final = record
        try store.write { state in
            try state.save(final)
            try DeploymentLease.release(final.id, in: state)
        }
        return final
    }

    /// The deployment's error: `DeploymentFailed` over resource failures, an output failure as itself.
    static func failure(_ failures: [ARMError], target: String) -> ARMError {
        if failures.count == 1, failures[0].code == "DeploymentOutputEvaluationFailed" { return failures[0] }
        return .deploymentFailed(target: target, details: failures.map(Self.plain))
    }

    /// An error without template positions (what ARM reports in operation and deployment errors).
    static func plain(_ e: ARMError) -> ARMError {
        ARMError(code: e.code, message: e.message, target: e.target, details: e.details.map(plain),
                 httpStatus: e.httpStatus)
    }

    // MARK: - Resources

    private func applyBatches() throws -> [String: Status] {
        var statuses: [String: Status] = [:]
        let index = PlanIndex(plan)
        for batch in plan.dependencyOrder {
            let batchStart = context.clock.now()
            for id in batch {
                guard let resource = index[id], resource.isDeployed else { continue }
                let key = resource.id.lowercased()
                if resource.dependsOn.contains(where: { !(statuses[$0.lowercased()]?.isSuccess ?? true) }) {
                    statuses[key] = .skipped
                    continue
                }
                statuses[key] = NestedDeployments.isDeployment(resource)
                    ? try finishNested(resource, statuses: statuses, started: batchStart)
                    : try apply(resource, started: batchStart)
            }
        }
        return statuses
    }

    private func apply(_ resource: PlannedResource, started: Date) throws -> Status {
        let owner = resource.deployment ?? deploymentId
        let registry = context.registry
        let clock = context.clock
        do {
            try store.write { state in
                let requests = ResourceRequests(registry: registry, now: clock.now())
                var body = try plan.resolvedBody(of: resource, resolver: requests.resolver(state))
                // ARM addresses the provider with the api-version; the body it sends has none, so
                // the stored resource reads exactly as one PUT directly.
                body["apiVersion"] = nil
                let request = try requests.request(id: resource.id, type: resource.type,
                                                   apiVersion: resource.apiVersion ?? "",
                                                   body: .object(body),
                                                   in: state, fallback: (subscription, target.group))
                let result = try registry.provider(for: resource.type).put(request, in: state)
                let statusCode = result.change == .created && !result.isLongRunning ? "Created" : "OK"
                try state.save(operation(owner: owner, resource: resource, state: .succeeded, statusCode: statusCode,
                                         message: ["status": "OK"], started: started))
            }
            return .succeeded
        } catch {
            let e = Self.plain(ARMError.from(error))
            try store.write { state in
                try state.save(operation(owner: owner, resource: resource, state: .failed,
                                         statusCode: Self.statusName(e.httpStatus),
                                         message: ["status": "Failed", "error": e.json], started: started))
            }
            return .failed(e)
        }
    }

    func operation(owner: String, resource: PlannedResource?, kind: String = "Create", resourceId: String? = nil,
                   state: ProvisioningState, statusCode: String, message: JSONValue,
                   started: Date) -> DeploymentOperationRecord {
        let id = resource?.id ?? resourceId
        let now = context.clock.now()
        return DeploymentOperationRecord(
            deploymentId: owner, operationId: ARMFormat.operationId("\(correlationId)|\(owner)|\(id ?? kind)|\(kind)"),
            provisioningOperation: kind, resourceId: id,
            resourceType: resource?.type ?? id.map(ResourceID.resourceType(of:)),
            resourceName: resource?.name ?? id.map(ResourceID.name(of:)), provisioningState: state,
            statusCode: statusCode, statusMessage: message, timestamp: now,
            duration: now.timeIntervalSince(started))
    }

    /// ARM's names for HTTP statuses in operation records.
    static func statusName(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 404: "NotFound"
        case 409: "Conflict"
        case 429: "TooManyRequests"
        default: "BadRequest"
        }
    }

    // MARK: - Outputs

    /// The outputs `{name: {type, value}}`, evaluated now (`reference()` reads the deployed resources).
    func evaluateOutputs(_ outputs: [PlannedOutput], of deploymentId: String) throws -> JSONValue {
        let requests = ResourceRequests(registry: context.registry, now: context.clock.now())
        let plan = self.plan
        return try store.read { state in
            var result = JSONObject()
            for output in outputs {
                do {
                    let value = try plan.evaluateOutput(output, resolver: requests.resolver(state))
                    let type = ARMFormat.typeName(output.type.flatMap(TemplateType.init(armName:)),
                                                  written: output.type)
                    result.appendUnchecked(output.name, ["type": .string(type), "value": value])
                } catch {
                    let e = ARMError.from(error)
                    throw ARMError(
                        code: "DeploymentOutputEvaluationFailed",
                        message: "Unable to evaluate template outputs: '\(output.name)'. Please see error details and "
                            + "deployment operations. Please see https://aka.ms/arm-common-errors for usage details.",
                        target: deploymentId,
                        details: [ARMError(code: "DeploymentOutputEvaluationFailed", message: e.message,
                                           target: output.name)])
                }
            }
            return .object(result)
        }
    }

    static func parametersJSON(_ values: JSONObject) -> JSONValue {
        var result = JSONObject()
        for (name, value) in values { result.appendUnchecked(name, ["value": value]) }
        return .object(result)
    }
}
