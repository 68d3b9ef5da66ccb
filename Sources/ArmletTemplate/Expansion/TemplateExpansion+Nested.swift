import ArmletExpressions
import ArmletJSON

extension TemplateExpansion {
    /// Nested deployments deeper than this are reported rather than expanded.
    static let maximumDepth = 20

    /// Expands the inline template of nested deployment `instance` into ``resources``.
    ///
    /// `inner` scope: the template's own parameters (from the evaluated `parameters` member) and
    /// variables, in the target's resource group. `outer` scope (ARM's default): the parent's
    /// parameters, variables and functions. When a parameter value needs resources deployed
    /// first, or the template is linked by URI, expansion is left to deployment time.
    mutating func expandNested(_ instance: ResourceInstance, body: JSONObject, deferred: [DeferredValue])
        -> NestedDeploymentPlan?
    {
        guard let target = instance.target else { return nil }
        let properties = body["properties"]?.objectValue ?? JSONObject()
        let evaluationScope = properties["expressionEvaluationOptions"]?["scope"]?.stringValue?.lowercased() == "inner"
            ? "inner" : "outer"
        func later(_ reason: String) -> NestedDeploymentPlan {
            NestedDeploymentPlan(evaluationScope: evaluationScope, targetScope: target.scopeId, resources: [],
                                 outputs: [], deferredReason: reason)
        }
        guard let templateValue = properties["template"], templateValue.objectValue != nil else {
            return later(properties["templateLink"] != nil
                         ? "The template is linked by 'templateLink'; Armlet expands linked templates when deploying."
                         : "The nested deployment has no inline template.")
        }
        if depth >= Self.maximumDepth {
            add("Nested deployments are deeper than \(Self.maximumDepth) levels.", at: instance.resource.path)
            return nil
        }
        let parametersPath = JSONPath([.key("properties"), .key("parameters")])
        if evaluationScope == "inner", deferred.contains(where: { $0.path.starts(with: parametersPath) }) {
            return later("Its parameters need values of resources deployed first; Armlet expands it when deploying.")
        }
        let writtenKey = instance.resource.properties?.objectValue?.writtenKey(for: "template") ?? "template"
        let templatePath = instance.resource.path.appending("properties").appending(writtenKey)
        let innerLocator = locator.nested(at: templatePath)
        let decoded = TemplateDecoder.decode(ParsedDocument(value: templateValue, sourceMap: .empty()))
        // ARM accepts nested templates whose contentVersion is not four numbers (module
        // placeholders such as '0.0.0'), so that check is not applied here.
        let errors = decoded.diagnostics.filter { $0.severity == .error && !$0.message.contains("'contentVersion'") }
        guard let inner = decoded.template, errors.isEmpty else {
            for e in errors {
                diagnostics.append(Diagnostic(code: e.code, message: e.message,
                                              location: innerLocator.value(.root), target: innerLocator.prefix.description))
            }
            return nil
        }
        let innerScope: ExpansionScope
        if evaluationScope == "inner" {
            var given = JSONObject()
            for (name, entry) in properties["parameters"]?.objectValue ?? JSONObject() {
                let value: JSONValue
                if let v = entry["value"] {
                    value = v
                } else if entry["reference"] != nil {
                    value = .string("armlet-key-vault-reference-placeholder")
                } else {
                    continue
                }
                given[name] = value
            }
            let binding = ParameterBinder.bind(NamedList(given.map { SuppliedParameter(name: $0.key, value: $0.value) }),
                                               to: inner)
            for d in binding.diagnostics where d.severity == .error {
                add(ExpansionMessage.resource(instance.name, at: locator.value(instance.resource.path), d.message),
                    at: instance.resource.path)
            }
            if binding.hasErrors { return nil }
            innerScope = ExpansionScope(template: inner, rawTemplate: templateValue, deployment: target, locator: innerLocator,
                                        resources: ResourceTable(parent: scope.resources), parameters: binding.parameters)
        } else {
            innerScope = scope
        }
        var nested = TemplateExpansion(
            template: inner, scope: innerScope, target: target, locator: innerLocator, deploymentId: instance.id,
            inheritedDependsOn: resources.last?.dependsOn ?? [], depth: depth + 1)
        let outputs = nested.run()
        diagnostics += nested.diagnostics
        resources += nested.resources
        return NestedDeploymentPlan(evaluationScope: evaluationScope, targetScope: target.scopeId,
                                    resources: nested.resources.map(\.id), outputs: outputs, deferredReason: nil)
    }
}

extension JSONPath {
    /// Whether `prefix` is a leading part of this path (keys compared ignoring case).
    func starts(with prefix: JSONPath) -> Bool {
        guard prefix.components.count <= components.count else { return false }
        for (a, b) in zip(components, prefix.components) {
            switch (a, b) {
            case (.key(let x), .key(let y)): if x.lowercased() != y.lowercased() { return false }
            case (.index(let x), .index(let y)): if x != y { return false }
            default: return false
            }
        }
        return true
    }
}
