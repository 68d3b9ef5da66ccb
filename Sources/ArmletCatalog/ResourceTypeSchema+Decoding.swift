import ArmletJSON

extension ResourceTypeSchema {
    /// Reads one `Schemas/resource-types/*.json` document named `document`.
    static func decode(_ value: JSONValue, document: String) throws(CatalogLoadError) -> ResourceTypeSchema {
        guard let object = value.objectValue else {
            throw CatalogLoadError(document: document, path: .root, "the document must be an object")
        }
        guard let typeName = object["type"]?.stringValue, typeName.contains("/") else {
            throw CatalogLoadError(document: document, path: JSONPath([.key("type")]),
                                   "'type' must name a resource type such as 'Microsoft.Compute/disks'")
        }
        guard let versionList = object["apiVersions"]?.arrayValue, !versionList.isEmpty else {
            throw CatalogLoadError(document: document, path: JSONPath([.key("apiVersions")]),
                                   "'apiVersions' must be a non-empty array")
        }
        var versions: [APIVersion] = []
        for (i, v) in versionList.enumerated() {
            versions.append(try PropertySchema.version(v, document: document,
                                                        path: JSONPath([.key("apiVersions"), .index(i)])))
        }
        guard versions == versions.sorted(), Set(versions).count == versions.count else {
            throw CatalogLoadError(document: document, path: JSONPath([.key("apiVersions")]),
                                   "'apiVersions' must be unique and sorted oldest first")
        }
        guard let bodyValue = object["body"] else {
            throw CatalogLoadError(document: document, path: JSONPath([.key("body")]), "'body' is missing")
        }
        let body = try PropertySchema.decode(bodyValue, name: "", document: document, path: JSONPath([.key("body")]))
        return ResourceTypeSchema(
            typeName: typeName, apiVersions: versions,
            locations: (object["locations"]?.arrayValue ?? []).compactMap(\.stringValue),
            sources: (object["sources"]?.arrayValue ?? []).compactMap(\.stringValue),
            body: body)
    }
}
