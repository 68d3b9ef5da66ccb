import ArmletJSON

/// Checks a value against a languageVersion 2.0 type schema: `type`, `$ref` into `definitions`,
/// `nullable`, `allowedValues`, `minValue`/`maxValue`, `minLength`/`maxLength`, `properties`
/// (required unless nullable), `additionalProperties` (a schema, or `false` to forbid extras;
/// `sealed` forbids them too), `items` (a schema, or a tuple of `prefixItems`) and
/// `discriminator` (`propertyName` + `mapping`).
///
/// Returns one reason per problem, prefixed with the JSON path inside the value (`.a.b[0]`).
struct TypeValidator {
    let definitions: NamedList<TypeDefinition>

    func validate(_ value: JSONValue, _ schema: JSONObject, at path: String, depth: Int = 0) -> [String] {
        guard depth < 64 else { return [] }
        var schema = schema
        var hops = 0
        while let ref = schema["$ref"]?.stringValue, hops < 32, let target = resolve(ref) {
            var merged = target
            for (k, v) in schema where k != "$ref" { merged[k] = v }
            if merged["$ref"]?.stringValue == ref { merged["$ref"] = nil }
            schema = merged
            hops += 1
        }
        let at = path.isEmpty ? "" : "The value at '\(path)': "
        if value.isNull {
            if schema["nullable"]?.boolValue == true || depth == 0 { return [] }
            return ["\(at)A value is required but none was provided."]
        }
        if let typeName = schema["type"]?.stringValue, let type = TemplateType(armName: typeName), !type.accepts(value) {
            return ["\(at)Expected a value of type '\(type.jsonTypeName)' but received a value of type '\(value.typeName)'."]
        }
        var problems: [String] = []
        if depth > 0 {
            problems += constraints(value, schema, at: at)
        }
        if let object = value.objectValue {
            problems += validateObject(object, schema, path: path, depth: depth)
        }
        if let array = value.arrayValue {
            if let items = schema["items"]?.objectValue {
                for (i, element) in array.enumerated() {
                    problems += validate(element, items, at: "\(path)[\(i)]", depth: depth + 1)
                }
            }
            if let prefix = schema["prefixItems"]?.arrayValue {
                for (i, (element, itemSchema)) in zip(array, prefix).enumerated() {
                    if let s = itemSchema.objectValue { problems += validate(element, s, at: "\(path)[\(i)]", depth: depth + 1) }
                }
            }
        }
        return problems
    }

    private func validateObject(_ object: JSONObject, _ schema: JSONObject, path: String, depth: Int) -> [String] {
        var problems: [String] = []
        if let discriminator = schema["discriminator"]?.objectValue,
           let property = discriminator["propertyName"]?.stringValue,
           let mapping = discriminator["mapping"]?.objectValue {
            guard let tag = object[property]?.stringValue, let variant = mapping[tag]?.objectValue else {
                let allowed = mapping.keys.map { "'\($0)'" }.joined(separator: ", ")
                return ["The value at '\(path).\(property)': The discriminator value must be one of \(allowed)."]
            }
            var merged = variant
            for (k, v) in schema where k.lowercased() != "discriminator" && merged[k] == nil { merged[k] = v }
            return validate(.object(object), merged, at: path, depth: depth + 1)
        }
        let properties = schema["properties"]?.objectValue
        if let properties {
            for (name, propertySchema) in properties {
                guard let ps = propertySchema.objectValue else { continue }
                if let v = object[name] {
                    problems += validate(v, ps, at: "\(path).\(name)", depth: depth + 1)
                } else if !isNullable(ps) {
                    problems.append("The value at '\(path)': The required property '\(name)' is missing.")
                }
            }
        }
        let additional = schema["additionalProperties"]
        let sealed = schema["sealed"]?.boolValue == true || additional == .bool(false)
        for (name, v) in object where properties?[name] == nil {
            if sealed, properties != nil || additional == .bool(false) {
                problems.append("The value at '\(path)': The property '\(name)' is not allowed.")
            } else if let extraSchema = additional?.objectValue {
                problems += validate(v, extraSchema, at: "\(path).\(name)", depth: depth + 1)
            }
        }
        return problems
    }

    private func constraints(_ value: JSONValue, _ schema: JSONObject, at: String) -> [String] {
        var problems: [String] = []
        if let allowed = schema["allowedValues"]?.arrayValue {
            let elements = (schema["type"]?.stringValue?.lowercased() == "array" ? value.arrayValue : nil) ?? [value]
            if !elements.allSatisfy({ allowed.contains($0) }) {
                problems.append("\(at)The value is not part of the allowed value(s): '"
                                + allowed.map(TemplateMessage.display).joined(separator: ",") + "'.")
            }
        }
        if let n = value.intValue {
            if let min = schema["minValue"]?.intValue, n < min { problems.append("\(at)The value is less than '\(min)'.") }
            if let max = schema["maxValue"]?.intValue, n > max { problems.append("\(at)The value is greater than '\(max)'.") }
        }
        if let length = value.stringValue.map({ $0.utf16.count }) ?? value.arrayValue?.count {
            if let min = schema["minLength"]?.intValue, length < min {
                problems.append("\(at)The value length '\(length)' is less than '\(min)'.")
            }
            if let max = schema["maxLength"]?.intValue, length > max {
                problems.append("\(at)The value length '\(length)' is greater than '\(max)'.")
            }
        }
        return problems
    }

    private func isNullable(_ schema: JSONObject) -> Bool {
        if schema["nullable"]?.boolValue == true { return true }
        if let ref = schema["$ref"]?.stringValue, let target = resolve(ref) { return target["nullable"]?.boolValue == true }
        return false
    }

    /// `#/definitions/name` → the definition's schema.
    func resolve(_ ref: String) -> JSONObject? {
        let prefix = "#/definitions/"
        guard ref.hasPrefix(prefix) else { return nil }
        return definitions[String(ref.dropFirst(prefix.count))]?.schema.objectValue
    }
}

/// Checks evaluated parameter values: constraints of defaults that were expressions, and the
/// structure of values whose type is a user-defined type or has `properties`/`items`.
enum ParameterTypeChecker {
    static func check(_ values: JSONObject, of template: Template, map: SourceMap,
                      supplied: NamedList<BoundParameter>) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let validator = TypeValidator(definitions: template.definitions)
        for declaration in template.parameters {
            guard let value = values[declaration.name] else { continue }
            let declLocation = map.keyLocation(at: declaration.path)
            let bound = supplied[declaration.name]
            if bound?.source == .defaultExpression {
                let at = map.location(at: declaration.path.appending("defaultValue")) ?? declLocation
                found += ParameterBinder.check(value, declaration, EffectiveConstraints(declaration, in: template),
                                               declLocation: declLocation, at: at)
            }
            var schema = declaration.extra
            if let ref = declaration.ref { schema["$ref"] = .string(ref) }
            if let t = declaration.typeName { schema["type"] = .string(t) }
            if declaration.nullable { schema["nullable"] = true }
            let structural = ["$ref", "properties", "items", "prefixItems", "additionalProperties", "discriminator"]
            guard structural.contains(where: { schema[$0] != nil }) else { continue }
            let secure = declaration.type?.isSecure ?? false
            for reason in validator.validate(value, schema, at: "") {
                found.append(Diagnostic(
                    code: ExpansionMessage.code,
                    message: ParameterMessage.invalid(declaration.name, value: secure ? nil : value, declLocation,
                                                      reason: reason),
                    location: bound.flatMap { _ in declLocation }, target: declaration.path.description))
            }
        }
        return found
    }
}
