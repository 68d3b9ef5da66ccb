import ArmletExpressions
import ArmletJSON
import Synchronization

/// A deliberately small stand-in for the template-expansion stage, used only by the conformance
/// tests: parameter defaults → variables (lazy, case-insensitive, `copy` loops) → outputs
/// (`condition`, `copy`). Resources, types and validation are out of scope.
final class TestTemplateEvaluator: Sendable {
    let template: JSONObject
    let parameterValues: JSONObject
    let base: StaticEvaluationContext
    private let parameterCache = Mutex<[String: JSONValue]>([:])
    private let variableCache = Mutex<[String: JSONValue]>([:])

    init(template: JSONValue, parameters: JSONObject = JSONObject(), context: StaticEvaluationContext = StaticEvaluationContext()) {
        self.template = template.objectValue ?? JSONObject()
        self.parameterValues = parameters
        self.base = context
    }

    /// The evaluated outputs, by name (outputs whose condition is false are left out).
    func outputs() throws -> JSONObject {
        var result = JSONObject()
        let evaluator = ExpressionEvaluator(context: context())
        for (name, declaration) in template["outputs"]?.objectValue ?? JSONObject() {
            guard let output = declaration.objectValue else { continue }
            if let condition = output["condition"] {
                guard try evaluator.evaluateDeep(condition) == .bool(true) else { continue }
            }
            if let copy = output["copy"]?.objectValue {
                result[name] = try loop(name: nil, copy: copy)
            } else {
                result[name] = try evaluator.evaluateDeep(output["value"] ?? .null)
            }
        }
        return result
    }

    func context(copyIndices: [String: Int64] = [:], allowNonDeterministic: Bool = false) -> TestTemplateContext {
        TestTemplateContext(owner: self, copyIndices: copyIndices, allowsNonDeterministicFunctions: allowNonDeterministic)
    }

    /// Evaluates a `copy` loop (`count` + `input`) into an array; `name` is the loop name for copyIndex.
    func loop(name: String?, copy: JSONObject, outer: [String: Int64] = [:]) throws -> JSONValue {
        let count = try ExpressionEvaluator(context: context(copyIndices: outer)).evaluateDeep(copy["count"] ?? .int(0))
        guard case .int(let n) = count, n >= 0, n <= 800 else {
            throw ExpressionError("The copy count must be a non-negative integer not greater than 800.")
        }
        var items: [JSONValue] = []
        for i in 0..<n {
            var indices = outer
            indices[name?.lowercased() ?? ""] = i
            items.append(try ExpressionEvaluator(context: context(copyIndices: indices)).evaluateDeep(copy["input"] ?? .null))
        }
        return .array(items)
    }

    func parameter(_ name: String) throws -> JSONValue {
        let key = name.lowercased()
        if let hit = parameterCache.withLock({ $0[key] }) { return hit }
        let value: JSONValue
        if let given = parameterValues[name] {
            value = given
        } else if let declaration = template["parameters"]?[name]?.objectValue {
            guard let defaultValue = declaration["defaultValue"] else {
                throw ExpressionError("The value for the template parameter '\(name)' is not provided.")
            }
            value = try ExpressionEvaluator(context: context(allowNonDeterministic: true)).evaluateDeep(defaultValue)
        } else {
            throw ExpressionError("The template parameter '\(name)' is not found.")
        }
        parameterCache.withLock { $0[key] = value }
        return value
    }

    func variable(_ name: String) throws -> JSONValue {
        let key = name.lowercased()
        if let hit = variableCache.withLock({ $0[key] }) { return hit }
        let variables = template["variables"]?.objectValue ?? JSONObject()
        let value: JSONValue
        if let loops = variables["copy"]?.arrayValue,
           let loop = loops.first(where: { $0["name"]?.stringValue?.lowercased() == key })?.objectValue
        {
            value = try self.loop(name: name, copy: loop)
        } else if let declared = variables[name], key != "copy" {
            value = try ExpressionEvaluator(context: context()).evaluateDeep(declared)
        } else {
            throw ExpressionError("The template variable '\(name)' is not found.")
        }
        variableCache.withLock { $0[key] = value }
        return value
    }
}

/// The context the test evaluator hands to expressions: its own parameters, variables and copy
/// indices, everything else from a ``StaticEvaluationContext``.
struct TestTemplateContext: EvaluationContext {
    let owner: TestTemplateEvaluator
    let copyIndices: [String: Int64]
    let allowsNonDeterministicFunctions: Bool

    var scope: DeploymentScope { owner.base.scope }
    func now() -> ArmDateTime { owner.base.now() }
    func newGuid() -> String { owner.base.newGuid() }
    func parameter(_ name: String) throws -> JSONValue { try owner.parameter(name) }
    func variable(_ name: String) throws -> JSONValue { try owner.variable(name) }
    func copyIndex(loopName: String?) throws -> Int64 {
        guard let i = copyIndices[loopName?.lowercased() ?? ""] else {
            throw ExpressionError("The template function 'copyIndex' is not expected at this location.")
        }
        return i
    }
    func deployment() throws -> JSONValue { try owner.base.deployment() }
    func resourceGroup() throws -> JSONValue { try owner.base.resourceGroup() }
    func subscription() throws -> JSONValue { try owner.base.subscription() }
    func tenant() throws -> JSONValue { try owner.base.tenant() }
    func managementGroup() throws -> JSONValue { try owner.base.managementGroup() }
    func environment() throws -> JSONValue { try owner.base.environment() }
    func deployer() throws -> JSONValue { try owner.base.deployer() }
    func pickZones(_ arguments: [JSONValue]) throws -> JSONValue { try owner.base.pickZones(arguments) }
}
