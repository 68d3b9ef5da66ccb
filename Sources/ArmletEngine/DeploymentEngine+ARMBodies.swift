import ArmletCore
package import ArmletJSON
import ArmletState
package import ArmletTemplate

/// Deployments, validation results and deployment operations as ARM's REST API returns them
/// (`DeploymentExtended`, `DeploymentValidateResult`, `DeploymentOperation`): members ARM has no value
/// for are left out. The Azure CLI's rendering of them lives in ArmletCLI.
extension DeploymentEngine {
    /// ARM's `DeploymentExtended` for `record`.
    package func json(_ deployment: Deployment, plan: DeploymentPlan? = nil) throws -> JSONValue {
        let record = deployment.record
        let operations = try store.read { try $0.deploymentOperations(deploymentId: record.id) }
        let plan = plan ?? replan(record)
        var properties = baseProperties(record, plan: plan)
        properties["outputResources"] = .array(outputResources(operations))
        if let outputs = record.outputs { properties["outputs"] = outputs }
        properties["provisioningState"] = .string(record.provisioningState.rawValue)
        if let error = record.error { properties["error"] = error }
        return envelope(record, properties: properties)
    }

    /// ARM's `DeploymentValidateResult` for a successful validation.
    package func json(_ validation: DeploymentValidation, request: DeploymentRequest) throws -> JSONValue {
        let target = try resolve(request)
        let record = DeploymentRecord(
            scope: target.scopeId, name: request.name, subscriptionId: target.subscription.id,
            resourceGroup: target.group?.name, location: request.location.map { _ in target.location },
            template: request.template.document.value,
            parameters: DeploymentRun.parametersJSON(validation.plan.parameters), mode: request.mode,
            provisioningState: .succeeded, timestamp: context.clock.now(), correlationId: validation.correlationId,
            templateHash: ARMFormat.templateHash(request.template.document.value))
        var properties = baseProperties(record, plan: validation.plan)
        properties["provisioningState"] = "Succeeded"
        if !validation.warnings.isEmpty { properties["diagnostics"] = .array(validation.warnings.map {
            var o = JSONObject()
            o["code"] = .string($0.code)
            o["level"] = "Warning"
            o["message"] = .string($0.message)
            if let target = $0.target { o["target"] = .string(target) }
            return .object(o)
        }) }
        properties["validatedResources"] = .array(validation.plan.deployedResources.map {
            Self.reference($0.id)
        })
        return envelope(record, properties: properties)
    }

    /// ARM's `DeploymentOperation` for `operation`.
    package func json(_ deploymentOperation: DeploymentOperation) -> JSONValue {
        let operation = deploymentOperation.record
        var properties = JSONObject()
        properties["provisioningOperation"] = .string(operation.provisioningOperation)
        properties["provisioningState"] = .string(operation.provisioningState.rawValue)
        properties["timestamp"] = .string(ARMFormat.timestamp(operation.timestamp))
        properties["duration"] = .string(ARMFormat.duration(operation.duration))
        if let code = operation.statusCode { properties["statusCode"] = .string(code) }
        if let message = operation.statusMessage { properties["statusMessage"] = message }
        if let id = operation.resourceId {
            var t = JSONObject()
            t["id"] = .string(id)
            if let name = operation.resourceName { t["resourceName"] = .string(name) }
            if let type = operation.resourceType { t["resourceType"] = .string(type) }
            properties["targetResource"] = .object(t)
        }
        var o = JSONObject()
        o["id"] = .string(operation.deploymentId + "/operations/" + operation.operationId)
        o["operationId"] = .string(operation.operationId)
        o["properties"] = .object(properties)
        return .object(o)
    }

    // MARK: - Parts

    private func envelope(_ record: DeploymentRecord, properties: JSONObject) -> JSONValue {
        var o = JSONObject()
        o["id"] = .string(record.id)
        o["name"] = .string(record.name)
        o["type"] = "Microsoft.Resources/deployments"
        if let location = record.location { o["location"] = .string(location) }
        o["properties"] = .object(properties)
        return .object(o)
    }

    private func baseProperties(_ record: DeploymentRecord, plan: DeploymentPlan?) -> JSONObject {
        var p = JSONObject()
        if let hash = record.templateHash { p["templateHash"] = .string(hash) }
        p["parameters"] = parametersJSON(record)
        p["mode"] = .string(record.mode.rawValue)
        p["timestamp"] = .string(ARMFormat.timestamp(record.timestamp))
        p["duration"] = .string(ARMFormat.duration(record.duration))
        p["correlationId"] = .string(record.correlationId)
        if let onError = record.onErrorDeployment { p["onErrorDeployment"] = onError }
        p["providers"] = .array(plan.map(Self.providers) ?? [])
        p["dependencies"] = .array(plan.map(Self.dependencies) ?? [])
        return p
    }

    /// The parameters with ARM's type names; secure values are not echoed.
    private func parametersJSON(_ record: DeploymentRecord) -> JSONValue {
        let declarations = record.template["parameters"]?.objectValue ?? JSONObject()
        var result = JSONObject()
        for (name, entry) in record.parameters.objectValue ?? JSONObject() {
            let written = declarations[name]?["type"]?.stringValue
            let type = written.flatMap(TemplateType.init(armName:))
            var o = JSONObject()
            o["type"] = .string(ARMFormat.typeName(type, written: written))
            if !(type?.isSecure ?? false) { o["value"] = entry["value"] ?? .null }
            result.appendUnchecked(name, .object(o))
        }
        return .object(result)
    }

    private func outputResources(_ operations: [DeploymentOperationRecord]) -> [JSONValue] {
        var seen: Set<String> = []
        var result: [JSONValue] = []
        for op in operations where op.provisioningOperation == "Create" && op.provisioningState == .succeeded {
            guard let id = op.resourceId, !JSONObject.equalIgnoringCase(op.resourceType ?? "", NestedDeployments.type),
                  seen.insert(id.lowercased()).inserted else { continue }
            result.append(Self.reference(id))
        }
        return result
    }

    /// ARM's `ResourceReference`.
    static func reference(_ id: String) -> JSONValue { ["id": .string(id)] }

    static func dependencies(_ plan: DeploymentPlan) -> [JSONValue] {
        let index = PlanIndex(plan)
        return plan.deployedResources.filter { $0.deployment == nil && !$0.dependsOn.isEmpty }.map { r in
            var o = JSONObject()
            o["dependsOn"] = .array(r.dependsOn.map { d in
                ["id": .string(d), "resourceName": .string(index[d]?.name ?? ResourceID.name(of: d)),
                 "resourceType": .string(index[d]?.type ?? ResourceID.resourceType(of: d))]
            })
            o["id"] = .string(r.id)
            o["resourceName"] = .string(r.name)
            o["resourceType"] = .string(r.type)
            return .object(o)
        }
    }

    static func providers(_ plan: DeploymentPlan) -> [JSONValue] {
        var order: [String] = []
        var types: [String: [(String, String?)]] = [:]
        for r in plan.deployedResources where r.deployment == nil {
            let parts = r.type.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            let ns = parts[0]
            if types[ns] == nil { order.append(ns); types[ns] = [] }
            if !(types[ns] ?? []).contains(where: { JSONObject.equalIgnoringCase($0.0, parts[1]) }) {
                types[ns, default: []].append((parts[1], r.location))
            }
        }
        return order.map { ns in
            var o = JSONObject()
            o["namespace"] = .string(ns)
            o["resourceTypes"] = .array((types[ns] ?? []).map { type, location in
                var t = JSONObject()
                t["resourceType"] = .string(type)
                t["locations"] = .array(location.map { [JSONValue.string($0)] } ?? [])
                return .object(t)
            })
            return .object(o)
        }
    }

    private func replan(_ record: DeploymentRecord) -> DeploymentPlan? {
        guard let target = DeploymentTarget(scopeId: record.scope), var resolved = try? resolve(target) else { return nil }
        if let location = record.location {
            resolved = ResolvedTarget(target: target, subscription: resolved.subscription, tenant: resolved.tenant,
                                      group: resolved.group, location: location)
        }
        return DeploymentPlanning.replan(record, target: resolved, clock: context.clock,
                                        limits: context.evaluationLimits)
    }

}
