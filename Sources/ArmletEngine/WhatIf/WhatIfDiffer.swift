package import ArmletCatalog
package import ArmletJSON
package import ArmletTemplate

/// Predicts what deploying a plan would change, from plain values: the expanded plan and the
/// resources as a GET returns them now. It never reads state or calls providers itself.
///
/// ARM's comparison rules apply: ids and property names ignore case, catalog defaults fill in what
/// the template leaves out, read-only members are not compared (the template setting one is
/// `NoEffect`), arrays compare by position. `reference()` of resources the deployment leaves
/// unchanged is answered from `current`; values that wait for resources being created or changed
/// make the resource `Deploy` rather than a false `Modify`. Nested deployments are already
/// flattened into the plan; one that could not be expanded yields a diagnostic, and then nothing
/// is predicted as deleted.
package struct WhatIfDiffer: Sendable {
    /// The catalog supplying read-only marks, defaults and enumerations.
    package let catalog: ResourceCatalog

    /// Members, per lower-cased type, that the provider sets itself though the catalog lets a
    /// request set them; treated like read-only ones (the simulated DiskRP ignores a requested
    /// `completionPercent`: it reports the background copy's own progress).
    package let serviceSetPaths: [String: [String]]

    /// What Armlet's standard providers set themselves beyond the catalog's read-only marks.
    package static let standardServiceSetPaths: [String: [String]] = [
        "microsoft.compute/disks": ["properties.completionPercent", "properties.copyCompletionError"],
        "microsoft.compute/snapshots": ["properties.completionPercent", "properties.copyCompletionError"],
        "microsoft.management/managementgroups": ["properties.tenantId", "properties.details"],
    ]

    /// A differ over `catalog` (the embedded one by default).
    package init(catalog: ResourceCatalog = .shared, serviceSetPaths: [String: [String]] = standardServiceSetPaths) {
        self.catalog = catalog
        self.serviceSetPaths = serviceSetPaths
    }

    func facts(for type: String) -> WhatIfTypeFacts {
        let paths = serviceSetPaths[type.lowercased()] ?? []
        return WhatIfTypeFacts(schema: catalog.schema(for: type), serviceSet: paths.map { path in
            JSONPath(path.split(separator: ".").map { JSONPath.Component.key(String($0)) })
        })
    }

    /// The what-if result of deploying `plan` over `current` (GET bodies, each with its `id`; those
    /// of the target resource group decide Ignore/Delete, others are only read).
    package func whatIf(plan: DeploymentPlan, current: [JSONValue], options: WhatIfOptions = WhatIfOptions())
        -> WhatIfOperationResult
    {
        var currentById: [String: JSONValue] = [:]
        var currentOrder: [String] = []
        for body in current {
            guard let id = body["id"]?.stringValue else { continue }
            let key = id.lowercased()
            if currentById[key] == nil { currentOrder.append(key) }
            currentById[key] = body
        }

        var diagnostics: [WhatIfDiagnostic] = []
        var changesById: [String: WhatIfChange] = [:]
        var inTemplate = Set<String>()
        var shortCircuited = false
        let deployed = plan.resources.filter { resource in
            if resource.existing { inTemplate.insert(resource.id.lowercased()) }
            guard resource.isDeployed else { return false }
            inTemplate.insert(resource.id.lowercased())
            guard Self.isDeployment(resource.type) else { return true }
            if resource.nested == nil || resource.nested?.deferredReason != nil {
                shortCircuited = true
                diagnostics.append(Self.shortCircuitDiagnostic(resource))
            }
            return false
        }

        // Dependencies first, so `reference()` of a resource is answered once its own change is known.
        var stable: [String: JSONValue] = [:]
        for key in currentOrder where !inTemplate.contains(key) { stable[key] = currentById[key] }
        for resource in Self.dependencyOrdered(deployed, plan: plan) {
            let key = resource.id.lowercased()
            let change = predict(resource, plan: plan, before: currentById[key],
                                 resolver: WhatIfStateResolver(stable: stable), options: options)
            if change.changeType == .noChange, let before = currentById[key] { stable[key] = before }
            changesById[key] = change
        }

        var changes = deployed.compactMap { changesById[$0.id.lowercased()] }
        let scopePrefix = plan.scopeId.lowercased() + "/providers/"
        // Only the target scope's own resources are reported when the template leaves them out.
        for key in currentOrder where !inTemplate.contains(key) && key.hasPrefix(scopePrefix) {
            guard let before = currentById[key], let id = before["id"]?.stringValue else { continue }
            let deletes = options.mode == .complete && !shortCircuited
                && !Self.isDeployment(before["type"]?.stringValue ?? "")
            let payload = options.resultFormat == .fullResourcePayloads ? before.sortedByKey() : nil
            changes.append(WhatIfChange(resourceId: id, changeType: deletes ? .delete : .ignore, before: payload))
        }
        return WhatIfOperationResult(changes: changes, diagnostics: diagnostics).excluding(options.excludedChangeTypes)
    }

    /// The change for one deployed template resource.
    func predict(_ resource: PlannedResource, plan: DeploymentPlan, before: JSONValue?,
                 resolver: WhatIfStateResolver, options: WhatIfOptions) -> WhatIfChange {
        guard resource.apiVersion != nil else {
            return WhatIfChange(resourceId: resource.id, changeType: .unsupported,
                                unsupportedReason: "Changes to the resource '\(resource.id)' cannot be analyzed because its API version cannot be calculated.")
        }
        let fullPayloads = options.resultFormat == .fullResourcePayloads
        guard let found = before else {
            let after = fullPayloads
                ? WhatIfPrediction(resource: resource, plan: plan, facts: facts(for: resource.type), resolver: resolver).body
                : nil
            return WhatIfChange(resourceId: resource.id, changeType: .create, after: after)
        }
        guard fullPayloads else { return WhatIfChange(resourceId: resource.id, changeType: .deploy) }
        // ARM reads a resource of the template in the template's api-version and says so in `before`
        // (the CLI prints it as ` [version]`); resources outside the template carry none.
        var before = found
        if case .object(var members) = found, let version = resource.apiVersion {
            members["apiVersion"] = .string(version)
            before = .object(members)
        }

        let facts = facts(for: resource.type)
        let prediction = WhatIfPrediction(resource: resource, plan: plan, facts: facts, resolver: resolver)
        var delta = WhatIfPropertyDiffer(facts: facts, unknownPaths: prediction.unknownPaths)
            .delta(before: before, after: prediction.body)
        for (path, value) in prediction.readOnlyValues {
            delta.append(WhatIfPropertyChange(path: path.description, .noEffect, before: before[path: path], after: value))
        }
        let changeType: WhatIfChangeType
        if delta.contains(where: { $0.propertyChangeType != .noEffect }) {
            changeType = .modify
        } else if !prediction.unknownPaths.isEmpty {
            changeType = .deploy
        } else {
            changeType = .noChange
        }
        return WhatIfChange(resourceId: resource.id, changeType: changeType, before: before.sortedByKey(),
                            after: prediction.body, delta: delta)
    }

    static func isDeployment(_ type: String) -> Bool {
        JSONObject.equalIgnoringCase(type, "Microsoft.Resources/deployments")
    }

    static func shortCircuitDiagnostic(_ resource: PlannedResource) -> WhatIfDiagnostic {
        let reason = resource.nested?.deferredReason ?? "its template is not available before the deployment runs"
        return WhatIfDiagnostic(
            level: "Warning", code: "NestedDeploymentShortCircuited",
            message: "The nested deployment '\(resource.name)' could not be expanded: \(reason). Its resources are not shown, and no resource is predicted as deleted.",
            target: resource.id)
    }

    /// `resources` in the plan's dependency batches (resources outside them keep their order, last).
    static func dependencyOrdered(_ resources: [PlannedResource], plan: DeploymentPlan) -> [PlannedResource] {
        var byId: [String: PlannedResource] = [:]
        for r in resources { byId[r.id.lowercased()] = r }
        var ordered: [PlannedResource] = []
        var seen = Set<String>()
        for batch in plan.dependencyOrder {
            for id in batch {
                let key = id.lowercased()
                if let r = byId[key], seen.insert(key).inserted { ordered.append(r) }
            }
        }
        for r in resources where seen.insert(r.id.lowercased()).inserted { ordered.append(r) }
        return ordered
    }
}
