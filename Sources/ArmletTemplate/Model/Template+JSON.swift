public import ArmletJSON

/// Builds an object from optional members, skipping `nil` ones.
private func object(_ members: [(String, JSONValue?)]) -> JSONValue {
    var o = JSONObject()
    for (k, v) in members { if let v { o[k] = v } }
    return .object(o)
}

private func string(_ s: String?) -> JSONValue? { s.map(JSONValue.string) }
private func int(_ i: Int64?) -> JSONValue? { i.map(JSONValue.int) }

extension Template {
    /// The decoded model as JSON, for `armlet template show`: sections in ARM's order, each element
    /// with its JSON `path`, types in canonical spelling, expressions unevaluated.
    public func toJSON() -> JSONValue {
        object([
            ("$schema", string(schema)),
            ("contentVersion", string(contentVersion)),
            ("languageVersion", string(languageVersion)),
            ("apiProfile", string(apiProfile)),
            ("metadata", metadata),
            ("parameters", .array(parameters.map { $0.toJSON() })),
            ("definitions", .array(definitions.map { object([("name", .string($0.name)), ("path", .string($0.path.description)), ("schema", $0.schema)]) })),
            ("variables", .array(variables.map { object([("name", .string($0.name)), ("path", .string($0.path.description)), ("value", $0.value)]) })),
            ("variableCopies", .array(variableCopies.map { object([("name", .string($0.name)), ("path", .string($0.path.description)), ("count", $0.count), ("input", $0.input)]) })),
            ("functions", .array(functions.map { $0.toJSON() })),
            ("resourceForm", .string(resourceForm.rawValue)),
            ("resources", .array(resources.map { $0.toJSON() })),
            ("outputs", .array(outputs.map { $0.toJSON() })),
            ("extra", extra.isEmpty ? nil : .object(extra)),
        ])
    }
}

extension ParameterDeclaration {
    /// This declaration as JSON (see ``Template/toJSON()``).
    public func toJSON() -> JSONValue {
        object([
            ("name", .string(name)), ("path", .string(path.description)),
            ("type", string(type?.armName ?? typeName)), ("$ref", string(ref)), ("defaultValue", defaultValue),
            ("allowedValues", allowedValues.map(JSONValue.array)), ("minValue", int(minValue)),
            ("maxValue", int(maxValue)), ("minLength", int(minLength)), ("maxLength", int(maxLength)),
            ("nullable", nullable ? .bool(true) : nil), ("metadata", metadata),
            ("extra", extra.isEmpty ? nil : .object(extra)),
        ])
    }
}

extension FunctionNamespace {
    /// This namespace as JSON (see ``Template/toJSON()``).
    public func toJSON() -> JSONValue {
        object([
            ("namespace", .string(namespace)), ("path", .string(path.description)),
            ("members", .array(members.map { f in
                object([
                    ("name", .string(f.name)), ("path", .string(f.path.description)),
                    ("parameters", .array(f.parameters.map {
                        object([("name", .string($0.name)), ("type", string($0.type?.armName))])
                    })),
                    ("outputType", string(f.outputType?.armName)), ("outputValue", f.outputValue),
                    ("metadata", f.metadata),
                ])
            })),
        ])
    }
}

extension Resource {
    /// This resource and its children as JSON (see ``Template/toJSON()``).
    public func toJSON() -> JSONValue {
        object([
            ("path", .string(path.description)), ("symbolicName", string(symbolicName)), ("type", string(type)),
            ("apiVersion", string(apiVersion)), ("name", name), ("location", location),
            ("dependsOn", dependsOn.isEmpty ? nil : .array(dependsOn.map(JSONValue.string))),
            ("condition", condition),
            ("copy", copy.map { c in
                object([("name", .string(c.name)), ("count", c.count), ("mode", .string(c.mode.rawValue)),
                        ("batchSize", c.batchSize)])
            }),
            ("properties", properties), ("sku", sku), ("kind", kind), ("tags", tags), ("zones", zones),
            ("plan", plan), ("identity", identity), ("scope", scope), ("resourceGroup", resourceGroup),
            ("subscriptionId", subscriptionId), ("existing", existing ? .bool(true) : nil),
            ("comments", string(comments)),
            ("resources", children.isEmpty ? nil : .array(children.map { $0.toJSON() })),
            ("extra", extra.isEmpty ? nil : .object(extra)),
        ])
    }
}

extension Output {
    /// This output as JSON (see ``Template/toJSON()``).
    public func toJSON() -> JSONValue {
        object([
            ("name", .string(name)), ("path", .string(path.description)), ("type", string(type?.armName)),
            ("$ref", string(ref)), ("value", value), ("condition", condition),
            ("copy", copy.map { object([("count", $0.count), ("input", $0.input)]) }),
            ("metadata", metadata), ("extra", extra.isEmpty ? nil : .object(extra)),
        ])
    }
}
