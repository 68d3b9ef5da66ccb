import ArmletExpressions
import ArmletJSON
import Synchronization

/// The values one template's expressions see: its parameters (supplied, or defaults evaluated on
/// first use), its variables (lazy, cached, case-insensitive, with cycle detection), its user
/// functions, the deployment context, and the table of its resources.
///
/// Shared by reference between the contexts of one template; the locks only make it `Sendable`
/// (expansion itself runs on one thread).
final class ExpansionScope: Sendable {
    let template: Template
    /// The template as written, echoed by `deployment()` in classic templates.
    let rawTemplate: JSONValue?
    let deployment: DeploymentContext
    let locator: Locator
    let resources: ResourceTable
    /// The binder's decision for every declared parameter (looked up ignoring case): supplied, a default
    /// (evaluated here on first use), or null. Decided once, by ``ParameterBinder``.
    private let bound: NamedList<BoundParameter>
    private let parameterCache = Mutex<[String: JSONValue]>([:])
    private let variableCache = Mutex<[String: JSONValue]>([:])
    private let evaluating = Mutex<Set<String>>([])
    private let deploymentCache = Mutex<JSONValue?>(nil)

    init(template: Template, rawTemplate: JSONValue?, deployment: DeploymentContext, locator: Locator,
         resources: ResourceTable, parameters: NamedList<BoundParameter>) {
        self.template = template
        self.rawTemplate = rawTemplate
        self.deployment = deployment
        self.locator = locator
        self.resources = resources
        bound = parameters
    }

    /// A context for expressions at copy indices `copyIndices`.
    func context(copyIndices: [String: Int64] = [:], resolver: (any DeferredReferenceResolver)? = nil)
        -> ExpansionEvaluationContext
    {
        var c = ExpansionEvaluationContext(owner: self, copyIndices: copyIndices)
        c.resolver = resolver
        return c
    }

    /// The value of parameter `name`: supplied, or its default evaluated (`utcNow()`/`newGuid()` allowed).
    func parameter(_ name: String) throws -> JSONValue {
        let key = name.lowercased()
        if let hit = parameterCache.withLock({ $0[key] }) { return hit }
        guard let declaration = template.parameters[name] else {
            throw ExpressionError("The template parameter '\(name)' is not found. \(ExpansionMessage.expressionsLink)")
        }
        let value: JSONValue
        if let binding = bound[name], binding.source == .supplied || binding.source == .null {
            value = binding.value
        } else if bound[name] != nil, let defaultValue = declaration.defaultValue {
            value = try guarded("p:" + key, kind: "parameter", name: declaration.name) {
                var context = self.context()
                context.allowsNonDeterministicFunctions = true
                do {
                    return try ExpressionEvaluator(context: context).evaluateDeep(defaultValue)
                } catch let e as DeferredEvaluation {
                    throw ExpressionError(ExpansionMessage.notExpected(e.function))
                } catch let e as LocatedFailure {
                    throw e
                } catch {
                    let path = declaration.path.appending("defaultValue")
                    throw LocatedFailure(diagnostic: Diagnostic(
                        code: ExpansionMessage.code,
                        message: ExpansionMessage.parameter(declaration.name, error.expansionMessage),
                        location: locator.value(path), target: locator.absolute(path).description))
                }
            }
        } else {
            throw ExpressionError("The value for the template parameter '\(declaration.name)' is not provided. "
                                  + ExpansionMessage.expressionsLink)
        }
        parameterCache.withLock { $0[key] = value }
        return value
    }

    /// Every parameter's value in declaration order (evaluating defaults as needed).
    func parameterValues() throws -> JSONObject {
        var out = JSONObject()
        for declaration in template.parameters { out.appendUnchecked(declaration.name, try parameter(declaration.name)) }
        return out
    }

    /// The value of variable `name`, evaluated once.
    /// With a `resolver` (deferred evaluation), a variable reading resources is evaluated again
    /// and not cached.
    func variable(_ name: String, resolver: (any DeferredReferenceResolver)? = nil) throws -> JSONValue {
        let key = name.lowercased()
        if let hit = variableCache.withLock({ $0[key] }) { return hit }
        let value: JSONValue
        if let loop = template.variableCopies[name] {
            value = try guarded("v:" + key, kind: "variable", name: loop.name) {
                try framed(variable: loop.name, path: loop.path) {
                    var evaluator = ValueEvaluator(context: context(resolver: resolver), captureDeferred: false, copyInVariables: true)
                    return try evaluator.loop(name: loop.name, count: loop.count, input: loop.input,
                                              path: loop.path, countPath: loop.path.appending("count"))
                }
            }
        } else if let variable = template.variables[name] {
            value = try guarded("v:" + key, kind: "variable", name: variable.name) {
                try framed(variable: variable.name, path: variable.path) {
                    var evaluator = ValueEvaluator(context: context(resolver: resolver), captureDeferred: false, copyInVariables: true)
                    return try evaluator.evaluate(variable.value, at: .root)
                }
            }
        } else {
            throw ExpressionError("The template variable '\(name)' is not found. \(ExpansionMessage.expressionsLink)")
        }
        if resolver == nil { variableCache.withLock { $0[key] = value } }
        return value
    }

    /// `deployment()` for this template.
    func deploymentValue() throws -> JSONValue {
        if let hit = deploymentCache.withLock({ $0 }) { return hit }
        // A parameter default may call deployment(): echo only the parameters already known
        // rather than evaluating the one being defined (which would be a false cycle).
        var known = JSONObject()
        var complete = true
        for declaration in template.parameters {
            let key = declaration.name.lowercased()
            if evaluating.withLock({ $0.contains("p:" + key) }) {
                complete = false
                continue
            }
            if let v = try? parameter(declaration.name) { known.appendUnchecked(declaration.name, v) } else { complete = false }
        }
        let value = deployment.deploymentValue(template: template, raw: rawTemplate, parameters: known)
        if complete { deploymentCache.withLock { $0 = value } }
        return value
    }

    /// Runs `body` for `key`, reporting re-entry (a reference cycle) with ARM's message.
    private func guarded(_ key: String, kind: String, name: String, _ body: () throws -> JSONValue) throws -> JSONValue {
        let entered = evaluating.withLock { $0.insert(key).inserted }
        guard entered else { throw ExpressionError(ExpansionMessage.circularReference(kind, name)) }
        defer { _ = evaluating.withLock { $0.remove(key) } }
        return try body()
    }

    /// Frames errors of variable `name` as ARM does; deferrals pass through untouched.
    private func framed(variable name: String, path: JSONPath, _ body: () throws -> JSONValue) throws -> JSONValue {
        do {
            return try body()
        } catch let e as DeferredEvaluation {
            throw e
        } catch let e as LocatedFailure {
            throw e
        } catch {
            throw LocatedFailure(diagnostic: Diagnostic(
                code: ExpansionMessage.code, message: ExpansionMessage.variable(name, error.expansionMessage),
                location: locator.key(path), target: locator.absolute(path).description))
        }
    }
}
