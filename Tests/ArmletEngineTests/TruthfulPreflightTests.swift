import ArmletCore
@testable import ArmletEngine
import ArmletJSON
import Testing

/// Preflight refuses what ARM refuses for any type, not only the simulated ones: unknown
/// namespaces and types, versions, scopes, locations, and the types Armlet cannot run.
@Suite struct TruthfulPreflightTests {
    static func template(_ resource: String) -> String {
        """
        {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "contentVersion": "1.0.0.0", "resources": [\(resource)]}
        """
    }

    @Test(arguments: [
        (#"{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "1999-01-01", "name": "st1", "location": "westus"}"#,
         "NoRegisteredProviderFound"),
        (#"{"type": "Contoso.Widgets/gadgets", "apiVersion": "2024-01-01", "name": "g1"}"#, "InvalidResourceNamespace"),
        (#"{"type": "Microsoft.Storage/storageAcounts", "apiVersion": "2023-01-01", "name": "st1"}"#, "InvalidResourceType"),
        (#"{"type": "Microsoft.Resources/resourceGroups", "apiVersion": "2022-09-01", "name": "rg2", "location": "westus"}"#,
         "InvalidResourceType"),
        (#"{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "st1", "location": "atlantis"}"#,
         "LocationNotAvailableForResourceType"),
        (#"{"type": "Microsoft.Resources/deploymentScripts", "apiVersion": "2023-08-01", "name": "s1", "location": "westus", "kind": "AzureCLI", "properties": {"azCliVersion": "2.52.0", "scriptContent": "echo hi", "retentionInterval": "PT1H"}}"#,
         "ResourceTypeNotSupported"),
    ])
    func refused(_ resource: String, code: String) throws {
        let h = try EngineHarness()
        let error = try h.preflightError(Self.template(resource))
        let codes = [error.code] + error.details.map(\.code) + error.details.flatMap { $0.details.map(\.code) }
        #expect(codes.contains(code), "\(codes)")
        #expect(try h.resourceIds().isEmpty)
    }

    @Test func aRealVersionOfAnyTypeIsStored() throws {
        let h = try EngineHarness()
        let record = try h.deploy(Self.template(
            #"{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "st1", "location": "West US", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}}"#))
        #expect(record.provisioningState == .succeeded)
        #expect(try h.resourceIds() == [h.id("Microsoft.Storage/storageAccounts", "st1")])
    }

    @Test(arguments: ["bad$name", "bad name", "-x", "x.", String(repeating: "a", count: 81), "dïsk"])
    func diskNamesFollowDiskRP(_ name: String) throws {
        let h = try EngineHarness()
        let error = try h.preflightError(Self.template("""
            {"type": "Microsoft.Compute/disks", "apiVersion": "2024-03-02", "name": "\(name)", "location": "westus",
             "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}
            """))
        #expect(JSONWriter.write(error.json).contains("disk.name"), "\(error.json)")
    }
}
