import ArmletJSON

/// Collects located diagnostics while a decoder walks a document; never stops at the first problem.
struct DecodingContext {
    let sourceMap: SourceMap
    private(set) var diagnostics: [Diagnostic] = []

    init(sourceMap: SourceMap) {
        self.sourceMap = sourceMap
    }

    /// Where the value at `path` starts (or its nearest recorded ancestor).
    func valueLocation(_ path: JSONPath) -> SourceLocation? {
        sourceMap.location(at: path) ?? sourceMap.nearestLocation(at: path)
    }

    /// Where the member name of `path` is written (or its nearest recorded ancestor).
    func keyLocation(_ path: JSONPath) -> SourceLocation? {
        sourceMap.keyLocation(at: path) ?? sourceMap.nearestLocation(at: path)
    }

    mutating func add(_ message: String, at location: SourceLocation?, path: JSONPath,
                      code: String = TemplateMessage.invalidTemplate, severity: Severity = .error) {
        diagnostics.append(Diagnostic(code: code, message: message, location: location, target: path.description,
                                      severity: severity))
    }

    /// Reports a value of the wrong JSON type at `path`.
    mutating func wrongType(_ value: JSONValue, at path: JSONPath, expected: String) {
        let loc = valueLocation(path)
        add(TemplateMessage.wrongType(actual: value.typeName, expected: expected, path: path, location: loc),
            at: loc, path: path)
    }

    /// Reports a required member `name` missing from the object at `path`.
    mutating func missing(_ name: String, in path: JSONPath) {
        let loc = valueLocation(path)
        add(TemplateMessage.requiredProperty(name, path: path, location: loc), at: loc, path: path)
    }

    /// Reports an unknown member `path` on an object ARM calls `objectType`.
    mutating func unknownMember(at path: JSONPath, objectType: String, severity: Severity = .error) {
        let loc = keyLocation(path)
        let name: String
        if case .key(let k)? = path.components.last { name = k } else { name = path.description }
        add(TemplateMessage.unknownMember(name, objectType: objectType, path: path, location: loc), at: loc,
            path: path, severity: severity)
    }

    // MARK: Typed readers: each reports a wrong type and returns nil.

    mutating func object(_ value: JSONValue, at path: JSONPath) -> JSONObject? {
        if let o = value.objectValue { return o }
        wrongType(value, at: path, expected: "Object")
        return nil
    }

    mutating func array(_ value: JSONValue, at path: JSONPath) -> [JSONValue]? {
        if let a = value.arrayValue { return a }
        wrongType(value, at: path, expected: "Array")
        return nil
    }

    mutating func string(_ value: JSONValue, at path: JSONPath) -> String? {
        if let s = value.stringValue { return s }
        wrongType(value, at: path, expected: "String")
        return nil
    }

    /// An integer, or `nil` (reporting a wrong type) for anything else.
    mutating func integer(_ value: JSONValue, at path: JSONPath) -> Int64? {
        if let i = value.intValue { return i }
        wrongType(value, at: path, expected: "Integer")
        return nil
    }

    /// A value that must be `kind` or an expression string; reports anything else.
    mutating func expect(_ value: JSONValue, at path: JSONPath, orExpression kind: String,
                         matches: (JSONValue) -> Bool) {
        if matches(value) || value.isTemplateExpression { return }
        wrongType(value, at: path, expected: kind)
    }
}

extension JSONObject {
    /// The member `key` (ignoring case) with its path under `base`, using the written spelling.
    func member(_ key: String, under base: JSONPath) -> (value: JSONValue, path: JSONPath)? {
        guard let written = writtenKey(for: key), let value = self[key] else { return nil }
        return (value, base.appending(written))
    }
}
