import ArmletJSON

/// Everything Armlet knows about resource types, read once from the documents of
/// `Schemas/resource-types/` (embedded in the binary, so nothing needs to sit beside it).
///
/// Types outside the catalog have no schema: callers store them as given and do not treat an
/// unknown provider namespace as an error.
package struct ResourceCatalog: Sendable {
    /// The catalogued types, in document-name order.
    package let schemas: [ResourceTypeSchema]
    private let byType: [String: Int]

    /// A catalog of `schemas`; a later schema for the same type (ignoring case) wins.
    package init(schemas: [ResourceTypeSchema]) {
        self.schemas = schemas
        var byType: [String: Int] = [:]
        for (i, s) in schemas.enumerated() { byType[s.typeName.lowercased()] = i }
        self.byType = byType
    }

    /// The catalog built from the embedded copy of `Schemas/resource-types/`, read on first use.
    ///
    /// The embedded documents are checked by the test suite, so a failure here means a broken
    /// build and stops the program.
    package static let shared: ResourceCatalog = {
        do {
            return try load()
        } catch {
            preconditionFailure("The embedded resource-type catalog does not load: \(error)")
        }
    }()

    /// Reads the embedded copy of `Schemas/resource-types/` (see `scripts/generate-catalog.sh`).
    package static func load() throws(CatalogLoadError) -> ResourceCatalog {
        try load(documents: EmbeddedSchemas.documents)
    }

    /// Reads schema documents given as (file name, JSON text) pairs.
    package static func load(documents: [(name: String, json: String)]) throws(CatalogLoadError) -> ResourceCatalog {
        var schemas: [ResourceTypeSchema] = []
        for document in documents {
            let value: JSONValue
            do {
                value = try JSONReader.value(document.json, file: document.name)
            } catch {
                throw CatalogLoadError(document: document.name, path: .root, error.message)
            }
            schemas.append(try ResourceTypeSchema.decode(value, document: document.name))
        }
        return ResourceCatalog(schemas: schemas)
    }

    /// The schema of `type` (e.g. `microsoft.compute/SNAPSHOTS`), matched ignoring case, or `nil`
    /// when the type is not catalogued.
    package func schema(for type: String) -> ResourceTypeSchema? {
        byType[type.lowercased()].map { schemas[$0] }
    }
}
