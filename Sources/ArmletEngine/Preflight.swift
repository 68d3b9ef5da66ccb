import ArmletCatalog
import ArmletCore
import ArmletJSON
import ArmletProviders
import ArmletState
import ArmletTemplate
import Foundation

/// ARM's validate step, run before anything is written: template problems from expansion, then per
/// resource the catalog's and the provider's checks, then a dry run of the whole plan against the
/// current state inside a transaction that is always rolled back, so the rules that depend on state
/// (source disks, snapshot limits, sector sizes, properties that cannot change) are found too. The
/// dry run covers the resources of simulated providers and what they depend on.
///
/// Every problem is reported, each with its template position. Resources with a problem of their own,
/// and those depending on them, are left out of the dry run.
struct Preflight {
    let request: DeploymentRequest
    let expansion: ExpansionResult
    let target: ResolvedTarget
    let requests: ResourceRequests

    /// What preflight found.
    struct Outcome {
        var templateErrors: [ARMError] = []
        var resourceErrors: [ARMError] = []
        var providerErrors: [ARMError] = []
        var warnings: [Diagnostic] = []

        var isEmpty: Bool { templateErrors.isEmpty && resourceErrors.isEmpty && providerErrors.isEmpty }
    }

    var plan: DeploymentPlan { expansion.plan }
    var locator: TemplateLocator { TemplateLocator(document: request.template.document) }

    func run(in state: any StateTransaction) -> Outcome {
        var outcome = Outcome()
        for d in expansion.diagnostics {
            if d.severity == .error {
                outcome.templateErrors.append(Self.templateError(d, templateFile: request.template.document.sourceMap.file))
            } else {
                outcome.warnings.append(d)
            }
        }
        var blocked: Set<String> = []
        for resource in plan.deployedResources where NestedDeployments.isDeployment(resource) {
            guard let reason = resource.nested?.deferredReason else { continue }
            let location = resource.sourceLocation
            outcome.templateErrors.append(ARMError(
                code: "InvalidTemplate",
                message: "Armlet cannot deploy the nested deployment '\(resource.name)' yet: " + Self.sentence(reason),
                additionalInfo: location.map { [ARMError.templateViolation($0, path: resource.path.description)] } ?? [],
                location: location))
        }
        for resource in plan.deployedResources where !NestedDeployments.isDeployment(resource) {
            for d in staticDiagnostics(resource, in: state) {
                let located = located(d, resource: resource)
                if d.severity != .error {
                    outcome.warnings.append(located)
                    continue
                }
                blocked.insert(resource.id.lowercased())
                let error = Self.resourceError(located, resource: resource)
                if Self.armCodes.contains(d.code) {
                    outcome.resourceErrors.append(error)
                } else {
                    outcome.providerErrors.append(error)
                }
            }
        }
        outcome.providerErrors += dryRun(skipping: blocked, in: state)
        return outcome
    }

    /// Codes ARM itself answers with (the others come from resource providers).
    static let armCodes: Set<String> = [CatalogCode.noRegisteredProviderFound, CatalogCode.invalidRequestContent,
                                        CatalogCode.invalidResourceNamespace, CatalogCode.invalidResourceType,
                                        CatalogCode.locationNotAvailableForResourceType,
                                        "ResourceGroupNotFound", "SubscriptionNotFound"]

    // MARK: - Checks

    private func staticDiagnostics(_ resource: PlannedResource, in state: any StateReader) -> [Diagnostic] {
        guard let apiVersion = resource.apiVersion else { return [] }
        if let id = ResourceID(resource.id),
           let problem = ResourceCatalog.shared.placementCheck(type: resource.type, id: id,
                                                               location: resource.body["location"]?.stringValue) {
            return [problem]
        }
        let provider = requests.registry.provider(for: resource.type)
        do {
            let request = try requests.request(id: resource.id, type: resource.type, apiVersion: apiVersion,
                                               body: .object(resource.body), in: state, fallback: (target.subscription, target.group))
            return provider.validate(request).map(IncrementalRules.adjust)
        } catch {
            let e = ARMError.from(error)
            return [Diagnostic(code: e.code, message: e.message, target: e.target)]
        }
    }

    private func dryRun(skipping blocked: Set<String>, in state: any StateTransaction) -> [ARMError] {
        var failed = blocked
        var errors: [ARMError] = []
        let resolver = requests.resolver(state)
        let index = PlanIndex(plan)
        let simulated = simulatedClosure(index)
        for batch in plan.dependencyOrder {
            for id in batch where simulated.contains(id.lowercased()) {
                guard let resource = index[id], resource.isDeployed,
                      !NestedDeployments.isDeployment(resource), let apiVersion = resource.apiVersion else { continue }
                if failed.contains(resource.id.lowercased())
                    || resource.dependsOn.contains(where: { failed.contains($0.lowercased()) }) {
                    failed.insert(resource.id.lowercased())
                    continue
                }
                do {
                    let body = try plan.resolvedBody(of: resource, resolver: resolver)
                    let request = try requests.request(id: resource.id, type: resource.type, apiVersion: apiVersion,
                                                       body: .object(body),
                                                       in: state, fallback: (target.subscription, target.group))
                    _ = try requests.registry.provider(for: resource.type).put(request, in: state)
                } catch {
                    failed.insert(resource.id.lowercased())
                    let e = ARMError.from(error)
                    let d = located(Diagnostic(code: e.code, message: e.message, location: e.location, target: e.target),
                                    resource: resource)
                    errors.append(Self.resourceError(d, resource: resource))
                }
            }
        }
        return errors
    }

    /// The resources the dry run needs: those a specific (simulated) provider serves, and what they
    /// depend on. The generic provider accepts whatever passes its static checks, so running the
    /// rest would only repeat work.
    private func simulatedClosure(_ index: PlanIndex) -> Set<String> {
        var needed: Set<String> = []
        var pending = plan.deployedResources.filter { requests.registry.hasProvider(for: $0.type) }.map(\.id)
        while let id = pending.popLast() {
            guard needed.insert(id.lowercased()).inserted, let resource = index[id] else { continue }
            pending += resource.dependsOn
        }
        return needed
    }

    /// `text` ending with exactly one period.
    static func sentence(_ text: String) -> String { text.hasSuffix(".") ? text : text + "." }

    // MARK: - Framing

    private func located(_ d: Diagnostic, resource: PlannedResource) -> Diagnostic {
        var result = d
        if result.location == nil { result.location = locator.location(of: resource, target: d.target) }
        return result
    }

    /// A template-level error. ARM's `TemplateViolation` positions are in the template, so a
    /// position in another file (a parameters file) is kept for Armlet's own messages only.
    static func templateError(_ d: Diagnostic, templateFile: String) -> ARMError {
        let inTemplate = d.location.map { $0.file == templateFile } ?? false
        return ARMError(code: d.code, message: d.message, target: nil,
                        additionalInfo: inTemplate ? d.location.map { [ARMError.templateViolation($0, path: d.target)] } ?? [] : [],
                        location: d.location)
    }

    static func resourceError(_ d: Diagnostic, resource: PlannedResource) -> ARMError {
        let path = d.target.map { resource.path.description + "." + $0 } ?? resource.path.description
        return ARMError(code: d.code, message: d.message, target: d.target,
                        additionalInfo: d.location.map { [ARMError.templateViolation($0, path: path)] } ?? [],
                        location: d.location)
    }

    /// ARM's framing: a lone template error as itself, anything else as `InvalidTemplateDeployment`
    /// whose details are the template errors, ARM's own resource errors, and the providers' errors
    /// under `PreflightValidationCheckFailed`.
    static func frame(_ outcome: Outcome, deploymentName: String, trackingId: String) -> ARMError? {
        if outcome.isEmpty { return nil }
        if outcome.templateErrors.count == 1, outcome.resourceErrors.isEmpty, outcome.providerErrors.isEmpty {
            return outcome.templateErrors[0]
        }
        var details = outcome.templateErrors + outcome.resourceErrors
        if !outcome.providerErrors.isEmpty { details.append(.preflightValidationCheckFailed(outcome.providerErrors)) }
        return .invalidTemplateDeployment(name: deploymentName, trackingId: trackingId, details: details)
    }
}

/// Armlet's stricter reading of `incremental`: the catalog only warns about properties Azure would
/// drop, but a dropped `incremental` silently turns an incremental snapshot into a full one, so on
/// that property the warnings become errors.
enum IncrementalRules {
    static func adjust(_ d: Diagnostic) -> Diagnostic {
        guard d.severity == .warning, let target = d.target?.lowercased(),
              target == "properties.incremental",
              [CatalogCode.unknownProperty, CatalogCode.propertyNotInAPIVersion].contains(d.code) else { return d }
        var result = d
        result.severity = .error
        result.message = result.message.replacingOccurrences(of: " and would be ignored", with: "")
        return result
    }
}

/// The plan's resources by id (ignoring case): `DeploymentPlan.resource(id:)` searches the list.
struct PlanIndex {
    private var byId: [String: PlannedResource] = [:]

    init(_ plan: DeploymentPlan) {
        for resource in plan.resources where byId[resource.id.lowercased()] == nil {
            byId[resource.id.lowercased()] = resource
        }
    }

    subscript(id: String) -> PlannedResource? { byId[id.lowercased()] }
}

/// Nested deployments (`Microsoft.Resources/deployments`) as the plan carries them.
enum NestedDeployments {
    static let type = "Microsoft.Resources/deployments"

    static func isDeployment(_ resource: PlannedResource) -> Bool {
        JSONObject.equalIgnoringCase(resource.type, type)
    }
}
