import ArmletExpressions
public import ArmletJSON

/// The outcome of expanding a template: the plan (as far as it could be built) and every
/// located problem.
public struct ExpansionResult: Sendable {
    /// The plan; with errors it holds what could be expanded and must not be deployed.
    public let plan: DeploymentPlan
    /// Every problem, each with ARM's code and message and, when known, a file position.
    public let diagnostics: [Diagnostic]

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Expands a decoded template into a ``DeploymentPlan``: binds parameters, evaluates variables,
/// conditions, copy loops, child and nested resources, resolves dependencies and orders them,
/// and evaluates outputs.
///
/// Design decisions, where ARM leaves room:
/// - A resource whose condition is false stays in the plan with `condition: false` and an empty
///   body (ARM leaves it out of the deployment; keeping it lets what-if and lint explain why it
///   is absent). Its properties are not evaluated, and other resources' `dependsOn` drop it.
/// - Values reading resources of the deployment (`reference()`, `references()`, `list*()`) are
///   deferred, not guessed: see ``DeferredValue``. Reads of resources outside the template are
///   deferred the same way with nothing to wait for; the engine answers them from state.
public enum TemplateExpander {
    /// Expands `template` read from `document` with `parameters` supplied by the user.
    ///
    /// The scope comes from the template's `$schema` (resource group unless it names a
    /// subscription, management-group or tenant template) unless `context.scopeIsFixed`;
    /// everything else from `context`.
    public static func expand(template: Template, document: ParsedDocument,
                              parameters: NamedList<SuppliedParameter> = NamedList(),
                              context: DeploymentContext = DeploymentContext()) -> ExpansionResult {
        var context = context
        if !context.scopeIsFixed { context.scope = DeploymentContext.scope(forSchema: template.schema) }
        let locator = Locator(map: document.sourceMap, prefix: .root)
        let empty = DeploymentPlan(scopeId: context.scopeId, deploymentName: context.deploymentName, resources: [],
                                   dependencyOrder: [], outputs: [], parameters: JSONObject())

        let binding = ParameterBinder.bind(parameters, to: template, templateMap: document.sourceMap)
        if binding.hasErrors { return ExpansionResult(plan: empty, diagnostics: binding.diagnostics) }
        let scope = ExpansionScope(template: template, rawTemplate: document.value, deployment: context, locator: locator,
                                   resources: ResourceTable(), parameters: binding.parameters)
        var diagnostics = binding.diagnostics
        let values: JSONObject
        do {
            values = try scope.parameterValues()
        } catch {
            diagnostics.append(diagnostic(for: error))
            return ExpansionResult(plan: empty, diagnostics: diagnostics)
        }
        diagnostics += ParameterTypeChecker.check(values, of: template, map: document.sourceMap,
                                                  supplied: binding.parameters)
        if diagnostics.contains(where: { $0.severity == .error }) {
            return ExpansionResult(plan: empty, diagnostics: diagnostics)
        }

        var expansion = TemplateExpansion(template: template, scope: scope, target: context, locator: locator,
                                          deploymentId: nil, inheritedDependsOn: [], depth: 0)
        let outputs = expansion.run()
        diagnostics += expansion.diagnostics
        var plan = DeploymentPlan(scopeId: context.scopeId, deploymentName: context.deploymentName,
                                  resources: expansion.resources, dependencyOrder: [], outputs: outputs,
                                  parameters: values)
        diagnostics += duplicates(plan.resources)
        let (batches, cycle) = DependencyGraph.order(plan.resources)
        plan.dependencyOrder = batches
        if let cycle {
            diagnostics.append(Diagnostic(code: ExpansionMessage.code,
                                          message: ExpansionMessage.circularDependency(cycle.id),
                                          location: cycle.sourceLocation, target: cycle.path.description))
        }
        return ExpansionResult(plan: plan, diagnostics: diagnostics)
    }

    /// Loads nothing itself: a convenience for callers holding a ``LoadedTemplate``.
    public static func expand(_ loaded: LoadedTemplate, parameters: NamedList<SuppliedParameter> = NamedList(),
                              context: DeploymentContext = DeploymentContext()) -> ExpansionResult {
        expand(template: loaded.template, document: loaded.document, parameters: parameters, context: context)
    }

    static func diagnostic(for error: any Error) -> Diagnostic {
        if let located = error as? LocatedFailure { return located.diagnostic }
        if let d = error as? DeferredEvaluation {
            return Diagnostic(code: ExpansionMessage.code, message: ExpansionMessage.notExpected(d.function))
        }
        if let e = error as? any ArmletError {
            return Diagnostic(code: e.code, message: e.message, location: e.location, target: e.target)
        }
        return Diagnostic(code: ExpansionMessage.code, message: String(describing: error))
    }

    /// Deployed resources with the same id in one template (ARM rejects a template defining one twice).
    private static func duplicates(_ resources: [PlannedResource]) -> [Diagnostic] {
        var seen: Set<String> = []
        var found: [Diagnostic] = []
        for r in resources where r.isDeployed && !seen.insert((r.deployment ?? "") + "|" + r.id.lowercased()).inserted {
            found.append(Diagnostic(code: ExpansionMessage.code, message: ExpansionMessage.duplicateResource(r.id),
                                    location: r.sourceLocation, target: r.path.description))
        }
        return found
    }
}
