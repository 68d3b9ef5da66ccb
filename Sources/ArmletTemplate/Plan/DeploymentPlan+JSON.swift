public import ArmletJSON

extension DeploymentPlan {
    /// The plan as JSON: scope, parameters, each resource with its id, flags, resolved
    /// `dependsOn`, the body ARM would send its provider and the deferred parts, the dependency
    /// batches and the outputs. Member order is stable, so the text can be diffed.
    public func toJSON() -> JSONValue {
        var root = JSONObject()
        root["scope"] = .string(scopeId)
        root["deploymentName"] = .string(deploymentName)
        var parameterValues = JSONObject()
        for (k, v) in parameters { parameterValues.appendUnchecked(k, ["value": v]) }
        root["parameters"] = .object(parameterValues)
        root["resources"] = .array(resources.map { $0.toJSON() })
        root["dependencyOrder"] = .array(dependencyOrder.map { .array($0.map(JSONValue.string)) })
        root["outputs"] = Self.outputsJSON(outputs)
        return .object(root)
    }

    static func outputsJSON(_ outputs: [PlannedOutput]) -> JSONValue {
        var out = JSONObject()
        for o in outputs {
            var entry = JSONObject()
            if let t = o.type { entry["type"] = .string(t) }
            if let v = o.value {
                entry["value"] = v
            } else {
                entry["deferred"] = true
                entry["waitsFor"] = .array(o.waitsFor.map(JSONValue.string))
            }
            out.appendUnchecked(o.name, .object(entry))
        }
        return .object(out)
    }
}

extension PlannedResource {
    /// This resource as JSON (see ``DeploymentPlan/toJSON()``).
    public func toJSON() -> JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        if let symbolicName { o["symbolicName"] = .string(symbolicName) }
        o["condition"] = .bool(condition)
        if existing { o["existing"] = true }
        if let copy {
            var c = JSONObject()
            c["name"] = .string(copy.name)
            c["index"] = .int(Int64(copy.index))
            c["count"] = .int(Int64(copy.count))
            c["mode"] = .string(copy.isSerial ? "serial" : "parallel")
            if let b = copy.batchSize { c["batchSize"] = .int(Int64(b)) }
            o["copy"] = .object(c)
        }
        if let deployment { o["deployment"] = .string(deployment) }
        o["dependsOn"] = .array(dependsOn.map(JSONValue.string))
        if isDeployed {
            o["body"] = .object(body)
        } else {
            var short = JSONObject()
            short["name"] = .string(name)
            short["type"] = .string(type)
            if let apiVersion { short["apiVersion"] = .string(apiVersion) }
            o["body"] = .object(short)
        }
        if !deferred.isEmpty {
            o["deferred"] = .array(deferred.map { d in
                var e = JSONObject()
                e["path"] = .string(d.path.description)
                e["expression"] = .string(d.expression)
                if !d.copyIndices.isEmpty {
                    var indices = JSONObject()
                    for k in d.copyIndices.keys.sorted() { indices[k.isEmpty ? "(resource)" : k] = .int(d.copyIndices[k] ?? 0) }
                    e["copyIndices"] = .object(indices)
                }
                e["waitsFor"] = .array(d.waitsFor.map(JSONValue.string))
                return .object(e)
            })
        }
        if let nested {
            var n = JSONObject()
            n["evaluationScope"] = .string(nested.evaluationScope)
            n["targetScope"] = .string(nested.targetScope)
            if let reason = nested.deferredReason {
                n["deferredReason"] = .string(reason)
            } else {
                n["resources"] = .array(nested.resources.map(JSONValue.string))
                n["outputs"] = DeploymentPlan.outputsJSON(nested.outputs)
            }
            o["nested"] = .object(n)
        }
        o["templatePath"] = .string(path.description)
        if let sourceLocation { o["source"] = .string(sourceLocation.description) }
        return .object(o)
    }
}
