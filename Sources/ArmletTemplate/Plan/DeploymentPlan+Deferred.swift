import ArmletExpressions
public import ArmletJSON

/// A deferred value or output that could not be evaluated.
public struct DeferredEvaluationError: ArmletError {
    public let code = "InvalidTemplate"
    public let message: String
    public let location: SourceLocation?
}

extension DeploymentPlan {
    /// Evaluates `deferred`, a part of `resource`, now that the resources it reads exist:
    /// `reference()`/`list*()` are answered by `resolver`; everything else (parameters, variables,
    /// copy indices) is what expansion used.
    public func evaluateDeferred(_ deferred: DeferredValue, of resource: PlannedResource,
                                 resolver: any DeferredReferenceResolver) throws -> JSONValue {
        guard let scope = resource.scope else {
            throw DeferredEvaluationError(message: "The resource '\(resource.id)' has no evaluation scope.",
                                          location: resource.sourceLocation)
        }
        let context = scope.context(copyIndices: deferred.copyIndices, resolver: resolver)
        do {
            return try ExpressionEvaluator(context: context).evaluate(templateString: deferred.expression)
        } catch {
            let d = TemplateExpander.diagnostic(for: error)
            throw DeferredEvaluationError(
                message: d.location == nil
                    ? ExpansionMessage.resource(resource.name, at: resource.sourceLocation, d.message) : d.message,
                location: d.location ?? resource.sourceLocation)
        }
    }

    /// The body of `resource` with every deferred part evaluated through `resolver`.
    public func resolvedBody(of resource: PlannedResource, resolver: any DeferredReferenceResolver) throws
        -> JSONObject
    {
        var body = JSONValue.object(resource.body)
        for d in resource.deferred {
            body = body.replacing(at: d.path.components[...], with: try evaluateDeferred(d, of: resource, resolver: resolver))
        }
        return body.objectValue ?? resource.body
    }

    /// The value of a deferred (or already evaluated) output through `resolver`.
    public func evaluateOutput(_ output: PlannedOutput, resolver: any DeferredReferenceResolver) throws -> JSONValue {
        if let value = output.value { return value }
        guard let scope = output.scope, let declaration = output.declaration else { return .null }
        var evaluator = ValueEvaluator(context: scope.context(resolver: resolver), captureDeferred: false)
        do {
            if let copy = declaration.copy {
                return try evaluator.loop(name: "", count: copy.count, input: copy.input, path: .root, countPath: .root)
            }
            return try evaluator.evaluate(declaration.value ?? .null, at: .root)
        } catch {
            throw DeferredEvaluationError(message: ExpansionMessage.output(output.name, error.expansionMessage),
                                          location: scope.locator.key(declaration.path))
        }
    }
}

extension JSONValue {
    /// This value with the value at `path` replaced (paths that do not exist leave it unchanged).
    func replacing(at path: ArraySlice<JSONPath.Component>, with newValue: JSONValue) -> JSONValue {
        guard let first = path.first else { return newValue }
        switch (first, self) {
        case (.key(let k), .object(var o)):
            guard let current = o[k] else { return self }
            o[k] = current.replacing(at: path.dropFirst(), with: newValue)
            return .object(o)
        case (.index(let i), .array(var a)) where a.indices.contains(i):
            a[i] = a[i].replacing(at: path.dropFirst(), with: newValue)
            return .array(a)
        default:
            return self
        }
    }
}
