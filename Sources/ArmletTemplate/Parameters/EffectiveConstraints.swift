import ArmletJSON

/// A parameter's type and constraints after following `$ref` into `definitions`.
///
/// As in `az`, constraints written on the parameter itself win over those of the referenced type.
struct EffectiveConstraints {
    var typeName: String?
    var allowedValues: [JSONValue]?
    var minValue: Int64?
    var maxValue: Int64?
    var minLength: Int64?
    var maxLength: Int64?
    var nullable: Bool

    var type: TemplateType? { typeName.flatMap(TemplateType.init(armName:)) }

    init(_ p: ParameterDeclaration, in template: Template) {
        typeName = p.typeName
        allowedValues = p.allowedValues
        minValue = p.minValue
        maxValue = p.maxValue
        minLength = p.minLength
        maxLength = p.maxLength
        nullable = p.nullable
        var ref = p.ref
        var seen: Set<String> = []
        while let current = ref, !seen.contains(current) {
            seen.insert(current)
            let prefix = "#/definitions/"
            guard current.hasPrefix(prefix) else { break }
            let name = String(current.dropFirst(prefix.count))
            guard let schema = template.definitions[name]?.schema.objectValue else { break }
            if typeName == nil { typeName = schema["type"]?.stringValue }
            if allowedValues == nil { allowedValues = schema["allowedValues"]?.arrayValue }
            if minValue == nil { minValue = schema["minValue"]?.intValue }
            if maxValue == nil { maxValue = schema["maxValue"]?.intValue }
            if minLength == nil { minLength = schema["minLength"]?.intValue }
            if maxLength == nil { maxLength = schema["maxLength"]?.intValue }
            if !nullable { nullable = schema["nullable"]?.boolValue ?? false }
            ref = schema["$ref"]?.stringValue
        }
    }
}

extension Template {
    /// The type a parameter declares, following its `$ref` into `definitions` (`nil` when it has none).
    public func effectiveTypeName(of parameter: ParameterDeclaration) -> String? {
        EffectiveConstraints(parameter, in: self).typeName
    }
}
