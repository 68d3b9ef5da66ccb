import ArmletCore
import ArmletExpressions
import ArmletJSON

/// The expansion of one template (the root, or the inline template of a nested deployment):
/// resource instances, their bodies, nested deployments and outputs, with every problem found.
struct TemplateExpansion {
    let template: Template
    /// Where expressions are evaluated (the parent's scope for outer-scope nested templates).
    let scope: ExpansionScope
    /// Where resources go (ids are built from it).
    let target: DeploymentContext
    let locator: Locator
    /// The nested deployment this template belongs to, `nil` for the root.
    let deploymentId: String?
    /// What the nested deployment waits for; its inner resources wait for the same.
    let inheritedDependsOn: [String]
    /// Nesting depth, to stop runaway recursion.
    let depth: Int

    var diagnostics: [Diagnostic] = []
    var resources: [PlannedResource] = []

    init(template: Template, scope: ExpansionScope, target: DeploymentContext, locator: Locator,
         deploymentId: String?, inheritedDependsOn: [String], depth: Int) {
        self.template = template
        self.scope = scope
        self.target = target
        self.locator = locator
        self.deploymentId = deploymentId
        self.inheritedDependsOn = inheritedDependsOn
        self.depth = depth
    }

    /// Expands every resource and returns the outputs.
    mutating func run() -> [PlannedOutput] {
        var instances: [ResourceInstance] = []
        for resource in template.resources { collect(resource, parent: nil, into: &instances) }
        if instances.count > 800 {
            add("The number of resources in the template is '\(instances.count)', which exceeds the limit of '800'.",
                at: .root)
        }
        for instance in instances {
            // Once the deployment's budget is spent every further value would fail the same way.
            if target.budget.exhausted != nil { return [] }
            plan(instance)
        }
        return outputs()
    }

    /// Records a diagnostic at `path` of this template.
    mutating func add(_ message: String, at path: JSONPath, key: Bool = false) {
        diagnostics.append(Diagnostic(code: ExpansionMessage.code, message: message,
                                      location: key ? locator.key(path) : locator.value(path),
                                      target: locator.absolute(path).description))
    }

    /// Records `error` raised while expanding `resource` (named `name` for the message).
    mutating func fail(_ error: any Error, resource: Resource, name: String) {
        if let located = error as? LocatedFailure {
            if !diagnostics.contains(located.diagnostic) { diagnostics.append(located.diagnostic) }
            return
        }
        let inner: String
        if let d = error as? DeferredEvaluation {
            inner = ExpansionMessage.notExpected(d.function)
        } else {
            inner = error.expansionMessage
        }
        add(ExpansionMessage.resource(name, at: locator.value(resource.path), inner), at: resource.path)
    }

    /// The name as written, for messages when it could not be evaluated.
    static func displayName(_ resource: Resource) -> String {
        if case .string(let s)? = resource.name { return s }
        return resource.symbolicName ?? resource.path.description
    }

    // MARK: Identities

    /// Adds the instances of `resource` (and of its children) to `instances`, registering each
    /// identity in the scope's resource table.
    mutating func collect(_ resource: Resource, parent: ResourceInstance?, into instances: inout [ResourceInstance]) {
        let base = parent?.copyIndices ?? [:]
        if let s = resource.symbolicName { scope.resources.declare(s) }
        if let c = resource.copy { scope.resources.declare(c.name) }
        var indices: [[String: Int64]] = [base]
        var copyCount = 0
        var batchSize: Int?
        if let copy = resource.copy {
            do {
                copyCount = try ValueEvaluator.copyCount(copy.count, context: scope.context(copyIndices: base))
                if copy.mode == .serial {
                    batchSize = 1
                    if let b = copy.batchSize {
                        let v = try ValueEvaluator.copyCount(b, context: scope.context(copyIndices: base))
                        batchSize = max(1, v)
                    }
                }
            } catch {
                fail(error, resource: resource, name: Self.displayName(resource))
                return
            }
            indices = (0..<copyCount).map { i in
                var d = base
                d[""] = Int64(i)
                d[copy.name.lowercased()] = Int64(i)
                return d
            }
        }
        for (i, copyIndices) in indices.enumerated() {
            let copyInfo = resource.copy.map {
                PlannedResource.CopyInstance(name: $0.name, index: i, count: copyCount, isSerial: $0.mode == .serial,
                                             batchSize: batchSize)
            }
            do {
                let instance = try identifyOrSkip(resource, copyIndices: copyIndices, copy: copyInfo, parent: parent)
                scope.resources.add(ResourceIdentity(
                    id: instance.id, name: instance.name, type: instance.type, symbolicName: resource.symbolicName,
                    copyName: resource.copy?.name, copyIndex: resource.copy == nil ? nil : i, deployed: instance.deployed, existing: resource.existing))
                instances.append(instance)
                for child in resource.children { collect(child, parent: instance, into: &instances) }
            } catch {
                fail(error, resource: resource, name: Self.displayName(resource))
            }
        }
    }

    private func string(_ value: JSONValue?, _ context: ExpansionEvaluationContext, what: String) throws -> String? {
        guard let value else { return nil }
        let v: JSONValue
        if case .string(let s) = value {
            v = try ExpressionEvaluator(context: context).evaluate(templateString: s)
        } else {
            v = value
        }
        if v.isNull { return nil }
        guard case .string(let s) = v else {
            throw ExpressionError("The resource \(what) must be a string, but the value is of type '\(v.typeName)'.")
        }
        return s
    }

    /// ``identify(_:copyIndices:copy:parent:)``, except that a resource whose condition is false
    /// (or that is `existing`) is never an error: ARM does not evaluate it, and its other members
    /// often only make sense when the condition holds. It is then listed, not deployed, under its
    /// name as written.
    private func identifyOrSkip(_ resource: Resource, copyIndices: [String: Int64],
                                copy: PlannedResource.CopyInstance?, parent: ResourceInstance?) throws -> ResourceInstance {
        do {
            return try identify(resource, copyIndices: copyIndices, copy: copy, parent: parent)
        } catch {
            let context = scope.context(copyIndices: copyIndices)
            // An `existing` resource is only read when something refers to it (languageVersion 2.0).
            let deployable = try isDeployable(resource, context: context, parent: parent)
            guard resource.existing || !deployable else {
                throw error
            }
            let name = Self.displayName(resource)
            let type = resource.type ?? ""
            return ResourceInstance(resource: resource, copyIndices: copyIndices, copy: copy, name: name, type: type,
                                    id: target.scopeId + "/providers/" + type + "/" + name,
                                    condition: resource.existing && deployable,
                                    parentId: parent?.id, parentDeployed: parent?.deployed ?? false, target: nil)
        }
    }

    /// The evaluated condition (and the parent's).
    private func isDeployable(_ resource: Resource, context: ExpansionEvaluationContext, parent: ResourceInstance?) throws
        -> Bool
    {
        guard parent?.condition ?? true else { return false }
        guard let written = resource.condition else { return true }
        return try ExpressionEvaluator(context: context).evaluateDeep(written) == .bool(true)
    }

    /// Evaluates what identifies one instance: condition, type, name, scope, id.
    private func identify(_ resource: Resource, copyIndices: [String: Int64], copy: PlannedResource.CopyInstance?,
                          parent: ResourceInstance?) throws -> ResourceInstance {
        let context = scope.context(copyIndices: copyIndices)
        var condition = parent?.condition ?? true
        if let written = resource.condition {
            let value = try ExpressionEvaluator(context: context).evaluateDeep(written)
            guard case .bool(let b) = value else {
                throw ExpressionError("The template resource condition must evaluate to a boolean, but the value is of "
                                      + "type '\(value.typeName)'.")
            }
            condition = condition && b
        }
        var type = try string(resource.type.map(JSONValue.string), context, what: "type") ?? ""
        var name: String
        do {
            name = try string(resource.name, context, what: "name") ?? ""
        } catch where !condition {
            // ARM does not evaluate resources whose condition is false; their names often only
            // make sense when the condition holds (`last(split(tryGet(...), '/'))`).
            name = Self.displayName(resource)
        }
        if let parent, !type.contains("/") {
            type = parent.type + "/" + type
            name = parent.name + "/" + name
        }
        var scopeId = target.scopeId
        var nestedTarget: DeploymentContext?
        if resource.isDeployment {
            let t = try deploymentTarget(resource, name: name, context: context)
            nestedTarget = t
            scopeId = t.scopeId
        } else if let extensionScope = try string(resource.scope, context, what: "scope"), !extensionScope.isEmpty {
            scopeId = extensionScope.hasPrefix("/") ? (extensionScope == "/" ? "" : extensionScope)
                : target.scopeId + "/providers/" + extensionScope
        }
        guard let id = ResourceID.text(scope: scopeId, type: type, name: name)
            ?? (condition ? nil : scopeId + "/providers/" + type + "/" + name) else {
            throw LocatedFailure(diagnostic: Diagnostic(
                code: ExpansionMessage.code, message: ExpansionMessage.validationFailed(ExpansionMessage.segmentLengths(name, type)),
                location: locator.value(resource.path), target: locator.absolute(resource.path).description))
        }
        return ResourceInstance(resource: resource, copyIndices: copyIndices, copy: copy, name: name, type: type, id: id,
                                condition: condition, parentId: parent?.id, parentDeployed: parent?.deployed ?? false,
                                target: nestedTarget)
    }

    /// Where a nested deployment deploys: `subscriptionId`, `resourceGroup` and `scope` change the
    /// parent's target; its `location` is the deployment location outside resource groups.
    private func deploymentTarget(_ resource: Resource, name: String, context: ExpansionEvaluationContext) throws
        -> DeploymentContext
    {
        var t = target
        t.deploymentName = name
        t.templateLink = nil
        let subscription = try string(resource.subscriptionId, context, what: "subscriptionId")
        let group = try string(resource.resourceGroup, context, what: "resourceGroup")
        if let subscription { t.subscriptionId = subscription }
        if let group {
            t.resourceGroupName = group
            t.scope = .resourceGroup
        } else if subscription != nil, t.scope != .resourceGroup {
            t.scope = .subscription
        }
        if let scopeText = try string(resource.scope, context, what: "scope") { apply(scope: scopeText, to: &t) }
        if t.scope != .resourceGroup, let location = try string(resource.location, context, what: "location") {
            t.location = location
        }
        return t
    }

    /// Applies a module `scope` (`/subscriptions/{s}[/resourceGroups/{g}]`, a management group, `/`);
    /// a management group may be written without its leading `providers/`.
    private func apply(scope text: String, to t: inout DeploymentContext) {
        guard let id = ResourceID(text) ?? ResourceID("/providers/" + text) else { return }
        if let group = id.managementGroup {
            t.scope = .managementGroup
            t.managementGroupName = group
        } else if let group = id.resourceGroup, let subscription = id.subscriptionId {
            t.subscriptionId = subscription
            t.resourceGroupName = group
            t.scope = .resourceGroup
        } else if let subscription = id.subscriptionId {
            t.subscriptionId = subscription
            t.scope = .subscription
        } else {
            t.scope = .tenant
        }
    }
}
