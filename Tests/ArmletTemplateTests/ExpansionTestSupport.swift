import ArmletJSON
import ArmletTestSupport
import Foundation
@testable import ArmletTemplate

/// Helpers for the expansion tests.
enum ExpansionTestSupport {
    /// The shared folder beside the repository (`../shared`).
    static var sharedRoot: URL { PackagePaths.sharedRoot }

    /// Expands `text` (read as `file`) with `parameters` given as JSON values.
    static func expand(_ text: String, file: String = "t.json", parameters: [String: JSONValue] = [:],
                       context: DeploymentContext = DeploymentContext()) throws -> ExpansionResult {
        let loaded = try TemplateLoader.load(text: text, file: file)
        let supplied = NamedList(parameters.sorted { $0.key < $1.key }.map { SuppliedParameter(name: $0.key, value: $0.value) })
        return TemplateExpander.expand(loaded, parameters: supplied, context: context)
    }

    /// Values for every required parameter without a default, chosen from the declaration:
    /// allowed values first, then a value of the type honouring length and range limits.
    static func synthesize(for template: Template) -> NamedList<SuppliedParameter> {
        var out: [SuppliedParameter] = []
        for p in template.parameters where p.defaultValue == nil && !p.nullable {
            var schema = p.extra
            if let ref = p.ref { schema["$ref"] = .string(ref) }
            if let t = p.typeName { schema["type"] = .string(t) }
            if let a = p.allowedValues { schema["allowedValues"] = .array(a) }
            if let v = p.minValue { schema["minValue"] = .int(v) }
            if let v = p.maxValue { schema["maxValue"] = .int(v) }
            if let v = p.minLength { schema["minLength"] = .int(v) }
            if let v = p.maxLength { schema["maxLength"] = .int(v) }
            out.append(SuppliedParameter(name: p.name, value: value(for: schema, name: p.name, template: template, depth: 0)))
        }
        return NamedList(out)
    }

    static func value(for schema: JSONObject, name: String, template: Template, depth: Int) -> JSONValue {
        var schema = schema
        var hops = 0
        while let ref = schema["$ref"]?.stringValue, hops < 16,
              let target = TypeValidator(definitions: template.definitions).resolve(ref) {
            var merged = target
            for (k, v) in schema where k != "$ref" { merged[k] = v }
            if merged["$ref"]?.stringValue == ref { merged["$ref"] = nil }
            schema = merged
            hops += 1
        }
        if let allowed = schema["allowedValues"]?.arrayValue, let first = allowed.first {
            return schema["type"]?.stringValue?.lowercased() == "array" ? .array([first]) : first
        }
        let minLength = Int(schema["minLength"]?.intValue ?? 0)
        let maxLength = schema["maxLength"]?.intValue.map(Int.init)
        let lower = name.lowercased()
        switch schema["type"]?.stringValue?.lowercased() ?? "string" {
        case "int":
            let low = schema["minValue"]?.intValue ?? 1
            let high = schema["maxValue"]?.intValue ?? Int64.max
            return .int(min(max(low, 1), high))
        case "bool":
            return false
        case "array":
            var items: [JSONValue] = []
            let itemSchema = schema["items"]?.objectValue ?? JSONObject([("type", JSONValue.string("string"))])
            for i in 0..<minLength {
                items.append(value(for: itemSchema, name: "\(name)\(i)", template: template, depth: depth + 1))
            }
            return .array(items)
        case "object", "secureobject":
            var object = JSONObject()
            guard depth < 8 else { return .object(object) }
            for (key, propertySchema) in schema["properties"]?.objectValue ?? JSONObject() {
                guard let ps = propertySchema.objectValue, ps["nullable"]?.boolValue != true else { continue }
                object[key] = value(for: ps, name: key, template: template, depth: depth + 1)
            }
            if let discriminator = schema["discriminator"]?.objectValue,
               let property = discriminator["propertyName"]?.stringValue,
               let (tag, variant) = discriminator["mapping"]?.objectValue?.members.first,
               let variantSchema = variant.objectValue {
                if case .object(let v) = value(for: variantSchema, name: name, template: template, depth: depth + 1) {
                    for (k, x) in v { object[k] = x }
                }
                object[property] = .string(tag)
            }
            return .object(object)
        default:
            var text: String
            if lower.contains("location") || lower.contains("region") {
                text = "westus"
            } else if lower.hasSuffix("id") && !lower.hasSuffix("tenantid") && !lower.hasSuffix("objectid")
                        && !lower.hasSuffix("principalid") && !lower.hasSuffix("clientid") {
                text = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/armlet-rg/providers/"
                    + "Microsoft.Network/virtualNetworks/armletvnet/subnets/default"
            } else if lower.hasSuffix("id") || lower.contains("guid") {
                text = "00000000-0000-0000-0000-0000000000aa"
            } else if schema["type"]?.stringValue?.lowercased() == "securestring" || lower.contains("password") {
                text = "Armlet-P@ssw0rd-1234"
            } else {
                text = "armlet" + lower.filter { $0.isLetter || $0.isNumber }
            }
            while text.count < minLength { text += "x" }
            if let maxLength, text.count > maxLength { text = String(text.prefix(max(maxLength, minLength))) }
            return .string(text)
        }
    }
}
