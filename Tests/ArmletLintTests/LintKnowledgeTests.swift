@testable import ArmletLint
import ArmletCatalog
import ArmletJSON
import Testing

/// The lint rules' own type facts must agree with the catalog (`Schemas/`), the source of truth.
@Suite struct LintKnowledgeTests {
    let catalog = ResourceCatalog.shared

    @Test func typesAndPathsExistInTheCatalog() throws {
        let disk = try #require(catalog.schema(for: LintKnowledge.diskType))
        let snapshot = try #require(catalog.schema(for: LintKnowledge.snapshotType))
        #expect(catalog.schema(for: LintKnowledge.deploymentType) != nil)
        #expect(snapshot.property(at: LintKnowledge.incrementalPath) != nil)
        #expect(disk.property(at: LintKnowledge.incrementalPath) == nil)
        for schema in [disk, snapshot] {
            #expect(schema.property(at: LintKnowledge.logicalSectorSizePath) != nil)
            #expect(schema.property(at: LintKnowledge.sourceResourceIdPath) != nil)
            #expect(schema.property(at: LintKnowledge.diskEncryptionSetPath) != nil)
        }
    }

    @Test func enumerationValuesExistInTheCatalog() throws {
        let disk = try #require(catalog.schema(for: LintKnowledge.diskType))
        let skus = try #require(disk.property(at: LintKnowledge.skuNamePath)?.enumValues)
        for sku in LintKnowledge.largeSectorDiskSKUs { #expect(skus.contains(sku)) }
        for (path, open) in LintKnowledge.networkExposure {
            #expect(disk.property(at: path)?.enumValues?.contains(open) == true, "\(path)")
        }
        let encryption = try #require(disk.property(at: LintKnowledge.encryptionTypePath)?.enumValues)
        for type in LintKnowledge.customerKeyEncryptionTypes + [LintKnowledge.platformKeyEncryptionType] {
            #expect(encryption.contains(type))
        }
    }
}
