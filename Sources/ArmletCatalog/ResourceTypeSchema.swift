package import ArmletJSON

/// What Armlet knows about one resource type: its API versions, supported locations and the
/// property tree of its body, with read-only, default and create-only marks.
///
/// Paths are relative to the resource body (`properties.encryption.type`, `zones[0]`) and are
/// matched ignoring case; array indices may be written as `[0]` or `[]`.
package struct ResourceTypeSchema: Sendable {
    /// The type as ARM spells it, e.g. `Microsoft.Compute/snapshots`.
    package let typeName: String
    /// Every API version of the type, oldest first.
    package let apiVersions: [APIVersion]
    /// The regions ARM lists for the type (empty for global types).
    package let locations: [String]
    /// Where the facts came from.
    package let sources: [String]
    /// The resource body: top-level members (`location`, `sku`, `properties`, …).
    package let body: PropertySchema

    /// A schema from its parts; the catalog builds these from `Schemas/resource-types/`.
    package init(typeName: String, apiVersions: [APIVersion], locations: [String], sources: [String],
                body: PropertySchema) {
        self.typeName = typeName
        self.apiVersions = apiVersions
        self.locations = locations
        self.sources = sources
        self.body = body
    }

    /// The provider namespace, e.g. `Microsoft.Compute`.
    package var namespace: String { ResourceTypeName.namespace(of: typeName) }

    /// The type without its namespace (`snapshots`), as ARM names it in errors.
    package var shortName: String { ResourceTypeName.shortName(of: typeName) }

    /// The catalogued version matching `text` ignoring case, or `nil` when the type has no such version.
    package func apiVersion(matching text: String) -> APIVersion? {
        apiVersions.matching(text)
    }

    /// The newest catalogued version.
    package var latestAPIVersion: APIVersion? { apiVersions.max() }

    /// The schema node at `path`, following `additionalProperties` for map members.
    package func property(at path: JSONPath) -> PropertySchema? {
        nodes(along: path)?.last
    }

    /// The schema node at a dotted `path` such as `properties.creationData.createOption`.
    package func property(at path: String) -> PropertySchema? {
        property(at: ResourceTypeSchema.parse(path))
    }

    /// Whether the service alone sets the value at `path` (it or an enclosing property is read-only).
    /// Unknown paths are not read-only.
    package func isReadOnly(path: String) -> Bool { isReadOnly(path: ResourceTypeSchema.parse(path)) }

    /// Whether the service alone sets the value at `path`.
    package func isReadOnly(path: JSONPath) -> Bool {
        nodes(along: path)?.contains { $0.isReadOnly } ?? false
    }

    /// Whether the value at `path` can only be chosen when the resource is created (it or an
    /// enclosing property is create-only).
    package func isImmutable(path: String) -> Bool { isImmutable(path: ResourceTypeSchema.parse(path)) }

    /// Whether the value at `path` can only be chosen when the resource is created.
    package func isImmutable(path: JSONPath) -> Bool {
        nodes(along: path)?.contains { $0.isImmutable } ?? false
    }

    /// The value the service fills in at `path` when a request leaves it out, if it has one.
    package func defaultValue(path: String) -> JSONValue? { defaultValue(path: ResourceTypeSchema.parse(path)) }

    /// The value the service fills in at `path` when a request leaves it out, if it has one.
    package func defaultValue(path: JSONPath) -> JSONValue? {
        property(at: path)?.defaultValue
    }

    /// The nodes from the body's first member down to `path`, or `nil` when the path leaves the schema.
    private func nodes(along path: JSONPath) -> [PropertySchema]? {
        var current = body
        var trail: [PropertySchema] = []
        for component in path.components {
            switch component {
            case .key(let key):
                if let child = current.property(named: key) {
                    current = child
                } else if let additional = current.additionalProperties {
                    current = additional
                } else {
                    return nil
                }
            case .index:
                guard let items = current.items else { return nil }
                current = items
            }
            trail.append(current)
        }
        return trail
    }

    /// Parses `a.b[0].c` (or `a.b[].c`) into a path; `[]` stands for any element.
    static func parse(_ dotted: String) -> JSONPath {
        var components: [JSONPath.Component] = []
        var key = ""
        var inIndex = false
        var indexText = ""
        func flushKey() {
            if !key.isEmpty { components.append(.key(key)) }
            key = ""
        }
        for ch in dotted {
            if inIndex {
                if ch == "]" {
                    components.append(.index(Int(indexText) ?? 0))
                    indexText = ""
                    inIndex = false
                } else {
                    indexText.append(ch)
                }
            } else if ch == "." {
                flushKey()
            } else if ch == "[" {
                flushKey()
                inIndex = true
            } else {
                key.append(ch)
            }
        }
        flushKey()
        return JSONPath(components)
    }
}
