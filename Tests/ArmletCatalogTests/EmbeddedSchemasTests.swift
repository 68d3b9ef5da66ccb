import ArmletJSON
@testable import ArmletCatalog
import Foundation
import Testing

@Suite struct EmbeddedSchemasTests {
    /// The generated Swift file holds exactly the documents of `Schemas/resource-types/`.
    @Test func generatedFileMatchesSchemasFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: CatalogTestFiles.resourceTypes.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        let embedded = EmbeddedSchemas.documents
        #expect(embedded.map(\.name) == names,
                "Sources/ArmletCatalog/Generated/EmbeddedSchemas.swift is out of date: run scripts/generate-catalog.sh")
        for name in names {
            let text = try String(contentsOf: CatalogTestFiles.resourceTypes.appendingPathComponent(name), encoding: .utf8)
            #expect(embedded.first { $0.name == name }?.json == text,
                    "\(name) differs from its embedded copy: run scripts/generate-catalog.sh")
        }
    }

    /// The embedded catalog loads and holds the four catalogued types.
    @Test func embeddedCatalogLoads() throws {
        let catalog = try ResourceCatalog.load()
        #expect(catalog.schemas.map(\.typeName) == [
            "Microsoft.Compute/disks", "Microsoft.Compute/snapshots",
            "Microsoft.Resources/deployments", "Microsoft.Resources/resourceGroups",
        ])
    }

    /// A broken document is reported with its name and the offending field.
    @Test func brokenDocumentIsReported() {
        #expect(throws: CatalogLoadError(document: "x.json", path: JSONPath([.key("apiVersions")]),
                                         "'apiVersions' must be a non-empty array")) {
            try ResourceCatalog.load(documents: [(name: "x.json", json: #"{"type": "A.B/c", "apiVersions": []}"#)])
        }
    }
}
