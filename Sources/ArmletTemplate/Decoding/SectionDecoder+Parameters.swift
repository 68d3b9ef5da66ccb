import ArmletJSON

/// Decoders for the named sections of a template (parameters, definitions, variables, functions, outputs).
enum SectionDecoder {
    static let parameterMembers: Set<String> = [
        "type", "defaultvalue", "allowedvalues", "minvalue", "maxvalue", "minlength", "maxlength", "metadata",
        "nullable", "$ref", "items", "properties", "additionalproperties", "discriminator", "sealed", "prefixitems",
    ]

    /// The named members of section `key` when it is an object; reports a wrong type otherwise.
    static func section(_ key: String, in object: JSONObject, ctx: inout DecodingContext)
        -> [(name: String, value: JSONValue, path: JSONPath)]
    {
        guard let (value, path) = object.member(key, under: .root) else { return [] }
        guard let members = ctx.object(value, at: path) else { return [] }
        return members.map { (name: $0.key, value: $0.value, path: path.appending($0.key)) }
    }

    static func parameters(_ object: JSONObject, symbolic: Bool, ctx: inout DecodingContext)
        -> NamedList<ParameterDeclaration>
    {
        var result: [ParameterDeclaration] = []
        for (name, value, path) in section("parameters", in: object, ctx: &ctx) {
            guard let p = ctx.object(value, at: path) else { continue }
            result.append(parameter(name, p, path: path, symbolic: symbolic, ctx: &ctx))
        }
        return NamedList(result)
    }

    static func parameter(_ name: String, _ p: JSONObject, path: JSONPath, symbolic: Bool,
                          ctx: inout DecodingContext) -> ParameterDeclaration {
        let declLocation = ctx.keyLocation(path)
        func invalid(_ reason: String, at sub: JSONPath) {
            ctx.add(TemplateMessage.parameter(name, location: declLocation, reason: reason),
                    at: ctx.valueLocation(sub), path: sub)
        }
        for (key, _) in p where !parameterMembers.contains(key.lowercased()) {
            ctx.unknownMember(at: path.appending(key), objectType: "TemplateInputParameter", severity: .warning)
        }
        let ref = p.member("$ref", under: path).flatMap { ctx.string($0.value, at: $0.path) }
        var typeName: String?
        var type: TemplateType?
        if let (v, tp) = p.member("type", under: path) {
            typeName = ctx.string(v, at: tp)
            if let typeName {
                type = TemplateType(armName: typeName)
                if type == nil {
                    invalid("The type '\(typeName)' is not known; expected one of: \(TemplateType.allowedNames).", at: tp)
                }
            }
        } else if ref == nil && !symbolic {
            // languageVersion 2.0 allows a parameter without a type (any value); classic templates do not.
            ctx.missing("type", in: path)
        }

        let defaultValue = p["defaultValue"]
        var allowed: [JSONValue]?
        if let (v, ap) = p.member("allowedValues", under: path) { allowed = ctx.array(v, at: ap) }
        func int(_ key: String) -> Int64? {
            guard let (v, ip) = p.member(key, under: path) else { return nil }
            return ctx.integer(v, at: ip)
        }
        let minValue = int("minValue"), maxValue = int("maxValue")
        let minLength = int("minLength"), maxLength = int("maxLength")
        if let minValue, let maxValue, minValue > maxValue {
            invalid("The 'minValue' \(minValue) is greater than the 'maxValue' \(maxValue).",
                    at: path.appending(p.writtenKey(for: "minValue") ?? "minValue"))
        }
        if let minLength, let maxLength, minLength > maxLength {
            invalid("The 'minLength' \(minLength) is greater than the 'maxLength' \(maxLength).",
                    at: path.appending(p.writtenKey(for: "minLength") ?? "minLength"))
        }
        var nullable = false
        if let (v, np) = p.member("nullable", under: path) {
            if let b = v.boolValue { nullable = b } else { ctx.wrongType(v, at: np, expected: "Boolean") }
        }
        if let type, let (dv, dp) = p.member("defaultValue", under: path), !dv.isTemplateExpression,
           !(dv.isNull && nullable), !type.accepts(dv) {
            invalid("The default value is of type '\(dv.typeName)' but the parameter is of type "
                    + "'\(type.jsonTypeName)'.", at: dp)
        }
        var extra = JSONObject()
        for key in ["items", "properties", "additionalProperties", "discriminator", "sealed", "prefixItems"] {
            if let v = p[key] { extra[p.writtenKey(for: key) ?? key] = v }
        }
        return ParameterDeclaration(
            name: name, path: path, type: type, typeName: typeName, ref: ref, defaultValue: defaultValue,
            allowedValues: allowed, minValue: minValue, maxValue: maxValue, minLength: minLength,
            maxLength: maxLength, metadata: p["metadata"], nullable: nullable, extra: extra)
    }

    static func definitions(_ object: JSONObject, ctx: inout DecodingContext) -> NamedList<TypeDefinition> {
        var result: [TypeDefinition] = []
        for (name, value, path) in section("definitions", in: object, ctx: &ctx) {
            guard ctx.object(value, at: path) != nil else { continue }
            result.append(TypeDefinition(name: name, path: path, schema: value))
        }
        return NamedList(result)
    }
}
