import ArmletExpressions
import ArmletJSON
import Foundation
import Testing

/// Runs every case of `shared/conformance/functions`: each documented output must match, using
/// `_errata[name].expected` where present; `_contextual` outputs run with their stated context
/// injected.
@Suite("Function conformance")
struct FunctionConformanceTests {
    /// `_contextual` outputs that cannot be reproduced, with the reason.
    static let contextualExclusions: [String: String] = [
        "deployment-deployment": "templateHash is computed by an undocumented algorithm, and the doc normalises output types inside the echoed template",
    ]

    @Test(arguments: ConformanceCorpus.caseNames)
    func conformance(caseName: String) throws {
        let template = try #require(try ConformanceCorpus.read(caseName, "template.json"))
        let expected = try #require(try ConformanceCorpus.read(caseName, "expected.json")?.objectValue)
        let parameters = try ConformanceCorpus.read(caseName, "parameters.json")?.objectValue ?? JSONObject()

        var checks: [(name: String, expected: JSONObject)] = []
        let errata = expected["_errata"]?.objectValue ?? JSONObject()
        for (name, value) in expected where !name.hasPrefix("_") {
            guard var entry = value.objectValue else { continue }
            if let fixed = errata[name]?["expected"] { entry["value"] = fixed }
            checks.append((name, entry))
        }

        var context = StaticEvaluationContext()
        if let contextual = expected["_contextual"]?.objectValue, Self.contextualExclusions[caseName] == nil {
            apply(contextual["context"]?.objectValue ?? JSONObject(), to: &context)
            for (name, value) in contextual["outputs"]?.objectValue ?? JSONObject() {
                guard var entry = value.objectValue else { continue }
                entry["value"] = substitute(entry["value"] ?? .null, subscriptionId: context.subscriptionId)
                checks.append((name, entry))
            }
        }
        if template["$schema"]?.stringValue?.contains("managementGroupDeploymentTemplate") == true {
            context.scope = .managementGroup
        }

        let outputs = try TestTemplateEvaluator(template: template, parameters: parameters, context: context).outputs()
        if Environment.verbose { print("conformance \(caseName): \(checks.count) outputs checked") }
        for check in checks {
            let actual = outputs[check.name]
            let want = check.expected["value"] ?? .null
            #expect(actual == want, "output '\(check.name)': expected \(JSONWriter.write(want, style: .compact)), got \(actual.map { JSONWriter.write($0, style: .compact) } ?? "nothing")")
            if let type = check.expected["type"]?.stringValue, let actual {
                #expect(Self.typeName(actual) == type || actual.isNull, "output '\(check.name)' has type \(Self.typeName(actual)), expected \(type)")
            }
        }
    }

    static func typeName(_ v: JSONValue) -> String {
        switch v {
        case .string: "String"
        case .int: "Int"
        case .bool: "Bool"
        case .array: "Array"
        case .object: "Object"
        case .double: "Float"
        case .null: "Null"
        }
    }

    func apply(_ c: JSONObject, to context: inout StaticEvaluationContext) {
        if let now = c["utcNow"]?.stringValue, let seconds = try? ExpressionEvaluator(context: StaticEvaluationContext())
            .evaluate(templateString: "[dateTimeToEpoch('\(now)')]").intValue
        {
            context.clock = ArmDateTime(unixSeconds: seconds)
        }
        if let rg = c["resourceGroup"]?.objectValue {
            if let name = rg["name"]?.stringValue { context.resourceGroupName = name }
            if let location = rg["location"]?.stringValue { context.location = location }
        }
        if let deployer = c["deployer"] { context.deployerValue = deployer }
        if let tenant = c["tenant"] { context.tenantValue = tenant }
        if let mg = c["managementGroup"] {
            context.managementGroupValue = mg
            context.scope = .managementGroup
        }
        if let zones = c["zones"]?.objectValue {
            for (key, list) in zones {
                context.zones[key.lowercased()] = (list.arrayValue ?? []).compactMap(\.stringValue)
            }
        }
        if let name = c["deploymentName"]?.stringValue { context.deploymentName = name }
    }

    func substitute(_ v: JSONValue, subscriptionId: String) -> JSONValue {
        switch v {
        case .string(let s):
            return .string(s.replacingOccurrences(of: "{current-sub-id}", with: subscriptionId)
                .replacingOccurrences(of: "{subscription-id}", with: subscriptionId))
        case .array(let a): return .array(a.map { substitute($0, subscriptionId: subscriptionId) })
        case .object(let o):
            var out = JSONObject()
            for (k, x) in o { out[k] = substitute(x, subscriptionId: subscriptionId) }
            return .object(out)
        default: return v
        }
    }
}

enum Environment {
    static let verbose = ProcessInfo.processInfo.environment["ARMLET_CONFORMANCE_VERBOSE"] != nil
}
