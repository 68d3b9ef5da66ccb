import ArmletCore
import ArmletJSON
import Foundation
import HTTPTypes

/// Whether a 2xx answer has the shape that matters: a resource's name, type and location (as the
/// example documents them), the values its request set (PUT, PATCH), a list's items, an action's
/// documented members.
struct RestShapeCheck {
    let example: RestExample
    let operation: RestOperation
    let parameters: JSONValue
    let request: JSONValue?
    /// The body the example documents for success, if any.
    let documented: JSONValue?

    /// What is wrong with `body` (an `other` outcome, or `refused` for a what-if that reports its own
    /// failure as ARM does, with 200 and `status: Failed`); nil when nothing is.
    func problem(in body: JSONValue) -> RestOutcome? {
        let name = example.name
        if name.hasPrefix("PostDeploymentWhatIf"), body["status"]?.stringValue == "Failed" {
            return .refused(body.at("error.code")?.stringValue ?? "Failed")
        }
        if let kind = operation.computeTarget(parameters).map(\.kind) ?? listKind {
            if operation.method == .post { return members(of: body) }
            if operation.method == .delete { return nil }
            guard operation.pathParameters.contains(kind.nameParameter) else { return list(body, type: kind.type) }
            return resource(body, name: parameters[kind.nameParameter]?.stringValue, type: kind.type)
        }
        switch operation.prefix {
        case "CreateResourceGroup", "ResourceGroups_Get":
            return resource(body, name: parameters["resourceGroupName"]?.stringValue,
                            type: "Microsoft.Resources/resourceGroups")
        case "PutDeployment":
            return resource(body, name: parameters["deploymentName"]?.stringValue, type: "Microsoft.Resources/deployments",
                            compareRequest: false)
        case "ExportResourceGroup":
            return body["template"]?.objectValue == nil ? .other("no 'template' in the export") : nil
        case "PostDeploymentValidate", "CalculateTemplateHash":
            return members(of: body)
        case "PostDeploymentWhatIf":
            return body["status"]?.stringValue == nil ? .other("no 'status' in the what-if result") : nil
        default:
            return nil
        }
    }

    private var listKind: ComputeKind? {
        ComputeKind.allCases.first { operation.template.hasSuffix("/" + $0.collection) }
    }

    private func resource(_ body: JSONValue, name: String?, type: String, compareRequest: Bool = true) -> RestOutcome? {
        guard body["name"]?.stringValue == name else {
            return .other("name \(body["name"].map { JSONWriter.write($0) } ?? "absent"), expected \(name ?? "")")
        }
        guard let actualType = body["type"]?.stringValue, JSONObject.equalIgnoringCase(actualType, type) else {
            return .other("type \(body["type"].map { JSONWriter.write($0) } ?? "absent"), expected \(type)")
        }
        if let location = documented?["location"]?.stringValue ?? request?["location"]?.stringValue,
           !Location.same(location, body["location"]?.stringValue ?? "") {
            return .other("location \(body["location"]?.stringValue ?? "absent"), expected \(Location.normalize(location))")
        }
        guard compareRequest, let request else { return nil }
        for (path, expected) in Self.leaves(of: request) where path != "location" {
            guard let actual = body.at(path) else { return .other("\(path) absent, the request set \(JSONWriter.write(expected))") }
            if !Self.same(actual, expected) {
                return .other("\(path) is \(JSONWriter.write(actual)), the request set \(JSONWriter.write(expected))")
            }
        }
        return nil
    }

    private func list(_ body: JSONValue, type: String) -> RestOutcome? {
        guard let items = body["value"]?.arrayValue, !items.isEmpty else { return .other("an empty or absent 'value'") }
        for item in items where !JSONObject.equalIgnoringCase(item["type"]?.stringValue ?? "", type) {
            return .other("a listed item of type \(item["type"].map { JSONWriter.write($0) } ?? "absent")")
        }
        return nil
    }

    /// Every member the example documents for an action's result is there.
    private func members(of body: JSONValue) -> RestOutcome? {
        let missing = (documented?.members ?? []).map(\.key).filter { body[$0] == nil }
        return missing.isEmpty ? nil : .other("the result lacks \(missing.joined(separator: ", "))")
    }

    /// The scalar (and array) values of `value` by dotted path.
    static func leaves(of value: JSONValue, prefix: String = "") -> [(String, JSONValue)] {
        guard let object = value.objectValue else { return [(prefix, value)] }
        return object.members.flatMap { leaves(of: $0.value, prefix: prefix.isEmpty ? $0.key : prefix + "." + $0.key) }
    }

    /// Equal as ARM compares what it echoes: strings ignoring case (ids also a leading slash), numbers by value.
    static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)):
            func trimmed(_ s: String) -> String { s.hasPrefix("/") ? String(s.dropFirst()) : s }
            return JSONObject.equalIgnoringCase(trimmed(x), trimmed(y))
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)): return Double(x) == y
        default: return a == b
        }
    }
}
