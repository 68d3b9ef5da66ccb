import ArmletCatalog
import ArmletJSON
import ArmletTestSupport
import Foundation
import Testing

/// Every real API version of the DiskRP types, oldest first (azure-rest-api-specs DiskRP folders).
let diskRPVersions = [
    "2016-04-30-preview", "2017-03-30", "2018-04-01", "2018-06-01", "2018-09-30", "2019-03-01", "2019-07-01",
    "2019-11-01", "2020-05-01", "2020-06-30", "2020-09-30", "2020-12-01", "2021-04-01", "2021-08-01",
    "2021-12-01", "2022-03-02", "2022-07-02", "2023-01-02", "2023-04-02", "2023-10-02", "2024-03-02",
    "2025-01-02", "2026-03-02",
]

@Suite struct APIVersionCheckTests {
    let catalog = ResourceCatalog.shared

    /// The seed template's `2022-03-22` is rejected exactly as ARM words it, plus the hint.
    @Test func seedVersionIsRejectedWithHint() throws {
        let diagnostic = try #require(catalog.apiVersionCheck(
            type: "Microsoft.Compute/snapshots", apiVersion: "2022-03-22", location: "West US"))
        #expect(diagnostic.code == "NoRegisteredProviderFound")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.target == "apiVersion")
        #expect(diagnostic.message == """
            No registered resource provider found for location 'westus' and API version '2022-03-22' for type \
            'snapshots'. The supported api-versions are '2016-04-30-preview, 2017-03-30, 2018-04-01, 2018-06-01, \
            2018-09-30, 2019-03-01, 2019-07-01, 2019-11-01, 2020-05-01, 2020-06-30, 2020-09-30, 2020-12-01, \
            2021-04-01, 2021-08-01, 2021-12-01, 2022-03-02, 2022-07-02, 2023-01-02, 2023-04-02, 2023-10-02, \
            2024-03-02, 2025-01-02, 2026-03-02'. The supported locations are 'southeastasia, eastus2, centralus, \
            westeurope, eastus, northcentralus, southcentralus, westus, northeurope, eastasia, brazilsouth, westus2, \
            westcentralus, ukwest, uksouth, japaneast, japanwest, canadacentral, canadaeast, centralindia, \
            southindia, australiaeast, australiasoutheast, koreacentral, koreasouth, westindia, francecentral, \
            southafricanorth, uaenorth, australiacentral, switzerlandnorth, germanywestcentral, norwayeast, \
            jioindiawest, westus3, swedencentral, qatarcentral, polandcentral, italynorth, israelcentral'. \
            Did you mean '2022-03-02'?
            """)
    }

    /// Both DiskRP types list every real version, in order.
    @Test(arguments: ["Microsoft.Compute/disks", "Microsoft.Compute/snapshots"])
    func versionListIsComplete(type: String) throws {
        let schema = try #require(catalog.schema(for: type))
        #expect(schema.apiVersions.map(\.text) == diskRPVersions)
    }

    /// Every real version of both types is accepted.
    @Test(arguments: ["Microsoft.Compute/disks", "Microsoft.Compute/snapshots"], diskRPVersions)
    func realVersionIsAccepted(type: String, version: String) {
        #expect(catalog.apiVersionCheck(type: type, apiVersion: version, location: "westus") == nil)
    }

    /// Type names and versions match ignoring case, as ARM matches them.
    @Test(arguments: [
        ("microsoft.compute/SNAPSHOTS", "2022-03-02"),
        ("Microsoft.Compute/Disks", "2016-04-30-PREVIEW"),
        ("MICROSOFT.RESOURCES/DEPLOYMENTS", "2025-04-01"),
        ("microsoft.resources/resourcegroups", "2024-11-01"),
    ])
    func matchingIgnoresCase(type: String, version: String) {
        #expect(catalog.schema(for: type) != nil)
        #expect(catalog.apiVersionCheck(type: type, apiVersion: version, location: "westus") == nil)
    }

    /// The hint picks the nearest day in the same month, else the nearest date, else the newest stable.
    @Test(arguments: [
        ("2022-03-22", "2022-03-02"),  // the seed's typo
        ("2022-03-01", "2022-03-02"),
        ("2021-12-31", "2021-12-01"),
        ("2022-05-15", "2022-07-02"),  // no 2022-05 version: nearest date
        ("2016-04-30", "2016-04-30-preview"),
        ("2030-01-01", "2026-03-02"),
        ("2010-01-01", "2016-04-30-preview"),
        ("latest", "2026-03-02"),
    ])
    func suggestion(requested: String, expected: String) throws {
        let diagnostic = try #require(catalog.apiVersionCheck(
            type: "Microsoft.Compute/disks", apiVersion: requested, location: "eastus"))
        #expect(diagnostic.message.hasSuffix(" Did you mean '\(expected)'?"))
    }

    /// The seed's version is not a snapshot version, but 2022-03-02 is.
    @Test func seedTypoIsNotAVersion() throws {
        let schema = try #require(catalog.schema(for: "Microsoft.Compute/snapshots"))
        #expect(schema.apiVersion(matching: "2022-03-22") == nil)
        #expect(schema.apiVersion(matching: "2022-03-02")?.text == "2022-03-02")
    }

    /// Types without a deep schema are still checked against every Azure type's real versions; only
    /// their bodies go unchecked.
    @Test func indexedTypesAreChecked() throws {
        let type = "Microsoft.Storage/storageAccounts"
        #expect(catalog.schema(for: type) == nil)
        let d = try #require(catalog.apiVersionCheck(type: type, apiVersion: "1999-01-01", location: "West US"))
        #expect(d.code == "NoRegisteredProviderFound")
        #expect(d.message.hasPrefix("No registered resource provider found for location 'westus' and API version "
                                    + "'1999-01-01' for type 'storageAccounts'. The supported api-versions are '2015-05-01-preview, "))
        #expect(catalog.apiVersionCheck(type: "microsoft.storage/STORAGEACCOUNTS", apiVersion: "2023-01-01",
                                        location: "westus") == nil)
        #expect(catalog.validateBody(type: type, apiVersion: "2023-01-01", body: ["properties": ["x": 1]]).isEmpty)
    }

    /// An unknown namespace and an unknown type get ARM's codes, with the nearest real name.
    @Test func unknownNamespaceAndType() throws {
        let ns = try #require(catalog.apiVersionCheck(type: "Contoso.Widgets/gadgets", apiVersion: "2024-01-01",
                                                      location: "westus"))
        #expect(ns.code == "InvalidResourceNamespace")
        #expect(ns.message == "The resource namespace 'Contoso.Widgets' is invalid.")
        let typo = try #require(catalog.apiVersionCheck(type: "Microsoft.Strage/storageAccounts",
                                                        apiVersion: "2024-01-01", location: "westus"))
        #expect(typo.message == "The resource namespace 'Microsoft.Strage' is invalid. Did you mean 'Microsoft.Storage'?")
        let type = try #require(catalog.apiVersionCheck(type: "Microsoft.Storage/storageAcounts",
                                                        apiVersion: "2024-01-01", location: "westus"))
        #expect(type.code == "InvalidResourceType")
        #expect(type.message == "The resource type 'storageAcounts' could not be found in the namespace "
                + "'Microsoft.Storage' for api version '2024-01-01'. Did you mean 'Microsoft.Storage/storageAccounts'?")
    }

    /// Scopes come from the index: resource groups only at subscription scope, role assignments anywhere.
    @Test func scopes() throws {
        let d = try #require(catalog.scopeCheck(type: "Microsoft.Resources/resourceGroups", scope: .resourceGroup))
        #expect(d.code == "InvalidResourceType")
        #expect(d.message == "The resource type 'Microsoft.Resources/resourceGroups' cannot be deployed at resource "
                + "group scope. It can be deployed at these scopes: 'subscription'.")
        #expect(catalog.scopeCheck(type: "Microsoft.Resources/resourceGroups", scope: .subscription) == nil)
        #expect(catalog.scopeCheck(type: "Microsoft.Authorization/roleAssignments", scope: .extension) == nil)
        #expect(catalog.scopeCheck(type: "Microsoft.Compute/disks", scope: .subscription) != nil)
        #expect(catalog.scopeCheck(type: "Contoso.Widgets/gadgets", scope: .tenant) == nil)
    }

    /// The embedded index holds exactly the shared catalog's types and versions.
    @Test func embeddedIndexMatchesSharedCatalog() throws {
        guard let url = SharedFiles.url("catalog/api-versions.json") else { return }
        let shared = try JSONReader.value(String(contentsOf: url, encoding: .utf8), file: "api-versions.json")
        let types = try #require(shared.objectValue)
        let index = ResourceTypeIndex.shared
        #expect(index.count == types.count)
        #expect(types.count == 3405)
        for (name, entry) in types {
            let indexed = try #require(index.entry(for: name), "\(name)")
            #expect(indexed.typeName == name)
            #expect(indexed.apiVersions.map(\.text) == entry["apiVersions"]?.arrayValue?.compactMap(\.stringValue))
        }
    }

    /// Global types have no location sentence in the message.
    @Test func deploymentsMessageHasNoLocations() throws {
        let diagnostic = try #require(catalog.apiVersionCheck(
            type: "Microsoft.Resources/deployments", apiVersion: "2025-04-02", location: "westus"))
        #expect(diagnostic.message.contains("for type 'deployments'. The supported api-versions are '2015-11-01, "))
        #expect(diagnostic.message.hasSuffix("2025-04-01, 2026-06-01'. Did you mean '2025-04-01'?"))
    }

    /// Deployments and resource groups list the versions of the Microsoft.Resources specification.
    @Test func resourcesVersions() throws {
        let groups = try #require(catalog.schema(for: "Microsoft.Resources/resourceGroups"))
        #expect(groups.apiVersions.count == 25)
        #expect(groups.apiVersions.first?.text == "2015-11-01")
        #expect(groups.latestAPIVersion?.text == "2025-04-01")
        let deployments = try #require(catalog.schema(for: "Microsoft.Resources/deployments"))
        #expect(deployments.latestAPIVersion?.text == "2026-06-01")
        #expect(deployments.apiVersion(matching: "2019-05-10") != nil)
    }
}
