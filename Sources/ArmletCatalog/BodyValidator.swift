package import ArmletJSON

/// Walks a resource body against its type's property tree and collects what Azure would reject
/// (errors) or silently drop (warnings).
///
/// Unknown top-level members are not reported: a template resource carries keywords of its own
/// (`name`, `dependsOn`, `copy`, …) beside the body. Template expressions (`"[...]"`) and `null`
/// are not checked, since their value is unknown until deployment.
struct BodyValidator {
    let schema: ResourceTypeSchema
    /// The request's version, when the type has it; version checks are skipped otherwise (the
    /// version itself is reported by ``ResourceCatalog/apiVersionCheck(type:apiVersion:location:)``).
    let version: APIVersion?
    private(set) var diagnostics: [Diagnostic] = []

    init(schema: ResourceTypeSchema, version: APIVersion?) {
        self.schema = schema
        self.version = version
    }

    mutating func validate(body: JSONValue) {
        visit(schema.body, body, at: .root)
    }

    private mutating func visit(_ node: PropertySchema, _ value: JSONValue, at path: JSONPath) {
        if value.isNull || BodyValidator.isExpression(value) { return }
        guard node.kind.accepts(value) else {
            diagnostics.append(CatalogMessages.wrongType(path: path, expected: node.kind, actual: value))
            return
        }
        if node.kind == .any { return }
        switch value {
        case .string(let text):
            checkEnum(node, text, at: path)
        case .object(let object):
            visitMembers(node, object, at: path)
        case .array(let elements):
            guard let items = node.items else { return }
            for (i, element) in elements.enumerated() { visit(items, element, at: path.appending(i)) }
        default:
            break
        }
    }

    private mutating func checkEnum(_ node: PropertySchema, _ text: String, at path: JSONPath) {
        guard let values = node.enumValues else { return }
        let available = values.filter { v in
            guard let version, let added = node.enumSince[v] else { return true }
            return version >= added
        }
        guard let match = node.enumValue(matching: text) else {
            diagnostics.append(CatalogMessages.invalidEnumValue(path: path, value: text, allowed: available))
            return
        }
        if let version, let added = node.enumSince[match], version < added {
            diagnostics.append(CatalogMessages.enumValueNotInVersion(
                path: path, value: text, type: schema.typeName, version: version, addedIn: added))
        }
    }

    private mutating func visitMembers(_ node: PropertySchema, _ object: JSONObject, at path: JSONPath) {
        for (key, member) in object {
            let memberPath = path.appending(key)
            guard let child = node.property(named: key) else {
                if let additional = node.additionalProperties {
                    visit(additional, member, at: memberPath)
                } else if !path.components.isEmpty {
                    reportUnknown(key, in: node, at: memberPath)
                }
                continue
            }
            if member.isNull { continue }
            if let version, !child.isAvailable(in: version) {
                diagnostics.append(CatalogMessages.notInVersion(
                    path: memberPath, type: schema.typeName, version: version, property: child))
            } else if child.isReadOnly {
                diagnostics.append(CatalogMessages.readOnly(path: memberPath))
            } else {
                visit(child, member, at: memberPath)
            }
        }
        for child in node.properties where child.isRequired && !child.isReadOnly && isAvailable(child) {
            if object[child.name].map({ $0.isNull }) ?? true {
                diagnostics.append(CatalogMessages.missingRequired(path: path.appending(child.name)))
            }
        }
    }

    private mutating func reportUnknown(_ key: String, in node: PropertySchema, at path: JSONPath) {
        let candidates = node.properties.filter { !$0.isReadOnly && isAvailable($0) }.map(\.name)
        let suggestion = SpellingSuggestion.closest(to: key, among: candidates)
        diagnostics.append(CatalogMessages.unknownProperty(
            path: path, type: schema.typeName, version: version, suggestion: suggestion))
    }

    private func isAvailable(_ node: PropertySchema) -> Bool {
        guard let version else { return true }
        return node.isAvailable(in: version)
    }

    /// Whether `value` is an unevaluated template expression (`[...]`, but not the escaped `[[...`).
    static func isExpression(_ value: JSONValue) -> Bool {
        guard case .string(let s) = value else { return false }
        return s.hasPrefix("[") && !s.hasPrefix("[[") && s.hasSuffix("]")
    }
}

extension ResourceCatalog {
    /// Checks a resource body (`location`, `sku`, `properties`, …) against the catalogued schema of
    /// `type` in `apiVersion`.
    ///
    /// Reports, with a `target` path relative to the resource (`properties.incremental`): values of
    /// the wrong JSON type, values outside an enumeration (compared ignoring case) or newer than the
    /// version, missing required properties (errors, as Azure rejects them); unknown properties with
    /// a "did you mean" for close misspellings, properties the version does not have, and read-only
    /// properties that were set (warnings, as Azure silently drops them). Types outside the catalog
    /// give no diagnostics; an API version the type lacks disables only the version checks.
    package func validateBody(type: String, apiVersion: String, body: JSONValue) -> [Diagnostic] {
        guard let schema = schema(for: type) else { return [] }
        var validator = BodyValidator(schema: schema, version: schema.apiVersion(matching: apiVersion))
        validator.validate(body: body)
        return validator.diagnostics
    }
}
