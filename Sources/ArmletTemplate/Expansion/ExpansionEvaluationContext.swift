import ArmletExpressions
import ArmletJSON

/// What an expression of a template sees during expansion: the scope's parameters and variables,
/// the copy indices where it sits, and the deployment context.
///
/// `reference()`, `references()` and `list*()` throw ``DeferredEvaluation`` naming the template
/// resources they read: the caller either defers the value (resource bodies, outputs) or reports
/// that the function is not allowed there. Inside a user-defined function `parameters()` are the
/// function's own and variables and resources are out of reach, as in ARM.
struct ExpansionEvaluationContext: EvaluationContext {
    let owner: ExpansionScope
    var copyIndices: [String: Int64] = [:]
    var allowsNonDeterministicFunctions = false
    /// Set inside a user-defined function: its parameters by name.
    var functionParameters: JSONObject?
    /// The user-defined functions being evaluated, outermost first (`namespace.name`, lowercased).
    var userFunctionCalls: [String] = []
    /// Set when the engine evaluates deferred values: answers `reference()` and `list*()`.
    var resolver: (any DeferredReferenceResolver)?

    var scope: DeploymentScope { owner.deployment.scope }
    var budget: EvaluationBudget { owner.deployment.budget }
    func now() -> ArmDateTime { owner.deployment.clock() }
    func newGuid() -> String { owner.deployment.guidSource() }

    func parameter(_ name: String) throws -> JSONValue {
        if let functionParameters {
            guard let v = functionParameters[name] else {
                throw ExpressionError("The template parameter '\(name)' is not found. \(ExpansionMessage.expressionsLink)")
            }
            return v
        }
        return try owner.parameter(name)
    }

    func variable(_ name: String) throws -> JSONValue {
        if functionParameters != nil { throw ExpressionError(ExpansionMessage.notExpected("variables")) }
        return try owner.variable(name, resolver: resolver)
    }

    func copyIndex(loopName: String?) throws -> Int64 {
        guard let i = copyIndices[loopName?.lowercased() ?? ""] else {
            if let loopName {
                throw ExpressionError("The template function 'copyIndex' has an invalid copy loop name '\(loopName)'. "
                                      + "The copy loop name is not found. " + ExpansionMessage.expressionsLink)
            }
            throw ExpressionError(ExpansionMessage.notExpected("copyIndex"))
        }
        return i
    }

    func deployment() throws -> JSONValue { try owner.deploymentValue() }

    func resourceGroup() throws -> JSONValue {
        guard scope == .resourceGroup else { throw unavailable("resourceGroup") }
        return owner.deployment.resourceGroupValue
    }

    func subscription() throws -> JSONValue {
        guard scope == .resourceGroup || scope == .subscription else { throw unavailable("subscription") }
        return owner.deployment.subscriptionValue
    }

    func tenant() throws -> JSONValue { owner.deployment.tenantValue }

    func managementGroup() throws -> JSONValue {
        guard scope == .managementGroup else { throw unavailable("managementGroup") }
        return owner.deployment.managementGroupValue
    }

    func environment() throws -> JSONValue { owner.deployment.environment }
    func deployer() throws -> JSONValue { owner.deployment.deployer }

    func reference(_ arguments: [JSONValue]) throws -> JSONValue {
        try deferral("reference", target: arguments.first, loops: false, arguments: arguments)
    }

    func references(_ arguments: [JSONValue]) throws -> JSONValue {
        try deferral("references", target: arguments.first, loops: true, arguments: arguments)
    }

    func list(function: String, arguments: [JSONValue]) throws -> JSONValue {
        try deferral(function, target: arguments.first, loops: false, arguments: arguments)
    }

    func pickZones(_ arguments: [JSONValue]) throws -> JSONValue {
        var s = StaticEvaluationContext()
        s.zones = owner.deployment.zones
        return try s.pickZones(arguments)
    }

    func providers(_ arguments: [JSONValue]) throws -> JSONValue {
        let namespace = arguments.first?.stringValue ?? ""
        var type = JSONObject()
        type["locations"] = .array([.string(owner.deployment.location)])
        type["apiVersions"] = .array([])
        if arguments.count > 1, let t = arguments[1].stringValue { type["resourceType"] = .string(t) }
        if arguments.count > 1 { return .object(type) }
        return ["namespace": .string(namespace), "resourceTypes": [.object(type)]]
    }

    func callUserFunction(namespace: String, name: String, arguments: [JSONValue]) throws -> JSONValue {
        guard let function = owner.template.function(namespace: namespace, name: name) else {
            throw ExpressionError("The template function '\(namespace).\(name)' is not valid. "
                                  + "Please see https://aka.ms/arm-functions for usage details.")
        }
        guard function.parameters.count == arguments.count else {
            throw ExpressionError("The template function '\(namespace).\(name)' expects '\(function.parameters.count)' "
                                  + "parameter(s) but '\(arguments.count)' were provided. "
                                  + ExpansionMessage.expressionsLink)
        }
        var bound = JSONObject()
        for (p, a) in zip(function.parameters, arguments) {
            if let type = p.type, !type.accepts(a), !a.isNull {
                throw ExpressionError("The template function '\(namespace).\(name)' parameter '\(p.name)' expects a "
                                      + "value of type '\(type.jsonTypeName)' but the provided value is of type "
                                      + "'\(a.typeName)'.")
            }
            bound.appendUnchecked(p.name, a)
        }
        let key = "\(namespace).\(name)".lowercased()
        if userFunctionCalls.contains(key) {
            let chain = (userFunctionCalls + [key]).joined(separator: " -> ")
            throw ExpressionError("The template function '\(namespace).\(name)' calls itself (\(chain)): user-defined "
                                  + "functions cannot be recursive. " + ExpansionMessage.expressionsLink)
        }
        var inner = ExpansionEvaluationContext(owner: owner)
        inner.functionParameters = bound
        inner.userFunctionCalls = userFunctionCalls + [key]
        do {
            return try ExpressionEvaluator(context: inner).evaluateDeep(function.outputValue)
        } catch let e as DeferredEvaluation {
            throw ExpressionError(ExpansionMessage.notExpected(e.function))
        }
    }

    /// Throws the deferral for a function reading resource state.
    private func deferral(_ function: String, target: JSONValue?, loops: Bool, arguments: [JSONValue]) throws
        -> JSONValue
    {
        if functionParameters != nil { throw ExpressionError(ExpansionMessage.notExpected(function)) }
        if let resolver, let text = target?.stringValue {
            let matches = owner.resources.resolve(text, loops: loops)
            let id = matches.first?.id ?? text
            if function == "reference" { return try resolver.reference(resourceId: id, arguments: arguments) }
            if function == "references" {
                return .array(try matches.map { try resolver.reference(resourceId: $0.id, arguments: [.string($0.id)]) })
            }
            return try resolver.list(function: function, resourceId: id, arguments: arguments)
        }
        var waitsFor: [String] = []
        if let text = target?.stringValue {
            waitsFor = owner.resources.resolve(text, loops: loops).filter(\.deployed).map(\.id)
        }
        throw DeferredEvaluation(function: function, waitsFor: waitsFor)
    }
}
