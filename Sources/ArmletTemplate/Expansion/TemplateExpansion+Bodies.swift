import ArmletExpressions
import ArmletJSON

extension TemplateExpansion {
    /// Members of a resource declaration that are not sent to the provider.
    static let templateOnlyMembers: Set<String> = [
        "metadata", "import", "asserts", "isaction", "apiprofile", "decorators",
    ]

    /// Evaluates the body and dependencies of `instance` and adds it (and, for a nested
    /// deployment, its inner resources) to ``resources``.
    mutating func plan(_ instance: ResourceInstance) {
        let resource = instance.resource
        var planned = PlannedResource(
            id: instance.id, type: instance.type, apiVersion: resource.apiVersion, name: instance.name, location: nil,
            body: JSONObject(), condition: instance.condition, copy: instance.copy, symbolicName: resource.symbolicName,
            existing: resource.existing, dependsOn: [], path: locator.absolute(resource.path),
            sourceLocation: locator.value(resource.path), deferred: [], deployment: deploymentId, nested: nil,
            scope: scope)
        guard instance.deployed else {
            resources.append(planned)
            return
        }
        let context = scope.context(copyIndices: instance.copyIndices)
        var evaluator = ValueEvaluator(context: context, captureDeferred: true)
        var body = JSONObject()
        var location: String?
        var dependsOn: [String] = []
        do {
            body["name"] = .string(instance.name)
            body["type"] = .string(instance.type)
            if let v = resource.apiVersion { body["apiVersion"] = .string(v) }
            if let written = resource.location {
                let value = try evaluateIdentityPart(written, context)
                if case .string(let s) = value { location = s }
                if !value.isNull { body["location"] = value }
            }
            let members: [(String, JSONValue?)] = [
                ("sku", resource.sku), ("kind", resource.kind), ("tags", resource.tags), ("zones", resource.zones),
                ("identity", resource.identity), ("plan", resource.plan),
            ]
            for (key, value) in members {
                guard let value else { continue }
                let v = try evaluator.evaluate(value, at: JSONPath([.key(key)]))
                if !v.isNull { body[key] = v }
            }
            for (key, value) in resource.extra where !Self.templateOnlyMembers.contains(key.lowercased()) {
                body[key] = try evaluator.evaluate(value, at: JSONPath([.key(key)]))
            }
            if let properties = resource.properties {
                evaluator.expandCopies = true
                body["properties"] = try evaluateProperties(properties, of: resource, with: &evaluator)
                evaluator.expandCopies = false
            }
            dependsOn = try dependencies(of: instance, context: context, deferred: evaluator.deferred)
            try target.budget.admitResource()
            try target.budget.check(deep: .object(body))
        } catch {
            fail(error, resource: resource, name: instance.name)
            return
        }
        planned.body = body
        planned.deferred = evaluator.deferred
        planned.dependsOn = dependsOn
        planned.location = location
        let index = resources.count
        resources.append(planned)
        if resource.isDeployment {
            resources[index].nested = expandNested(instance, body: body, deferred: evaluator.deferred)
        }
    }

    /// A location, name-like value: evaluated now; `reference()` is not allowed there.
    private func evaluateIdentityPart(_ value: JSONValue, _ context: ExpansionEvaluationContext) throws -> JSONValue {
        do {
            return try ExpressionEvaluator(context: context).evaluateDeep(value)
        } catch let d as DeferredEvaluation {
            throw ExpressionError(ExpansionMessage.notExpected(d.function))
        }
    }

    /// `properties`, with property loops expanded; a nested deployment's inline `template` stays
    /// as written (its expressions belong to the nested expansion).
    private func evaluateProperties(_ properties: JSONValue, of resource: Resource,
                                    with evaluator: inout ValueEvaluator) throws -> JSONValue {
        let path = JSONPath([.key("properties")])
        guard resource.isDeployment, case .object(let o) = properties else {
            return try evaluator.evaluate(properties, at: path)
        }
        var out = JSONObject()
        for (k, v) in o {
            if k.lowercased() == "template" {
                out.appendUnchecked(k, v)
            } else {
                out.appendUnchecked(k, try evaluator.evaluate(v, at: path.appending(k)))
            }
        }
        return .object(out)
    }

    /// Resolved `dependsOn`: explicit entries, the parent of a nested child, resources read by
    /// deferred parts, and what the enclosing nested deployment waits for. Resources that are
    /// not deployed (condition false, `existing`) are dropped, as ARM does.
    private func dependencies(of instance: ResourceInstance, context: ExpansionEvaluationContext,
                              deferred: [DeferredValue]) throws -> [String] {
        var ids: [String] = []
        var seen: Set<String> = [instance.id.lowercased()]
        func add(_ id: String) {
            if seen.insert(id.lowercased()).inserted { ids.append(id) }
        }
        for (i, entry) in instance.resource.dependsOn.enumerated() {
            let text: String
            do {
                let v = try ExpressionEvaluator(context: context).evaluate(templateString: entry)
                guard case .string(let s) = v else {
                    throw ExpressionError("The dependsOn entry must be a string, but the value is of type '\(v.typeName)'.")
                }
                text = s
            } catch let d as DeferredEvaluation {
                throw ExpressionError(ExpansionMessage.notExpected(d.function))
            }
            let matches = scope.resources.resolve(text, loops: true)
            if matches.isEmpty && !scope.resources.isDeclared(text) {
                let path = instance.resource.dependsOnPath(i)
                throw LocatedFailure(diagnostic: Diagnostic(
                    code: ExpansionMessage.code, message: ExpansionMessage.notDefined(text),
                    location: locator.value(path), target: locator.absolute(path).description))
            }
            for m in matches where m.deployed { add(m.id) }
        }
        if let parentId = instance.parentId, instance.parentDeployed { add(parentId) }
        for d in deferred { for id in d.waitsFor { add(id) } }
        for id in inheritedDependsOn { add(id) }
        return ids
    }
}

