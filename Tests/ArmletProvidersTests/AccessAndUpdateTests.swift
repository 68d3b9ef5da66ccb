import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

@Suite("Access grants")
struct AccessTests {
    @Test("grant-access answers a SAS URI and makes the disk ActiveSAS; revoke makes it Unattached again")
    func grantAndRevoke() throws {
        let h = try Harness()
        try h.disk("d1")
        let result = try h.action(disks, "d1", "beginGetAccess", ["access": "Read", "durationInSeconds": 3600])
        #expect(result.isLongRunning)
        let sas = try #require(result.body?["accessSAS"]?.stringValue)
        // A managed-disk SAS names its grant (si) and is signed; permission and expiry stay on the server.
        #expect(sas.hasPrefix("https://127.0.0.1:8443/md-"))
        #expect(sas.contains("/abcd?sv="))
        #expect(sas.contains("&sr=b&si="))
        #expect(sas.contains("&sig="))
        #expect(!sas.contains("&sp=") && !sas.contains("&se="))
        #expect(try h.get(disks, "d1").value(at: "properties.diskState") == "ActiveSAS")
        let revoked = try h.action(disks, "d1", "endGetAccess")
        #expect(revoked.body == nil)
        #expect(try h.get(disks, "d1").value(at: "properties.diskState") == "Unattached")
    }

    @Test("snapshots grant access too")
    func snapshotAccess() throws {
        let h = try Harness()
        try h.disk("d1")
        try h.snapshot("s1", of: "d1")
        let sas = try h.action(snapshots, "s1", "BEGINGETACCESS", ["access": "write", "durationInSeconds": 60])
        #expect(sas.body?["accessSAS"]?.stringValue?.contains("&si=") == true)
        #expect(try h.get(snapshots, "s1").value(at: "properties.diskState") == "ActiveSAS")
    }

    @Test("grant-access needs access and durationInSeconds")
    func grantParameters() throws {
        let h = try Harness()
        try h.disk("d1")
        let noDuration = providerError { try h.action(disks, "d1", "beginGetAccess", ["access": "Read"]) }
        #expect(noDuration?.message == "Required parameter 'grantAccessData.durationInSeconds' is missing (null).")
        let badAccess = providerError {
            try h.action(disks, "d1", "beginGetAccess", ["access": "Everything", "durationInSeconds": 60])
        }
        #expect(badAccess?.code == "InvalidParameter")
        #expect(providerError { try h.action(disks, "d1", "restart") }?.code == "InvalidResourceOperation")
        #expect(providerError { try h.action(disks, "nope", "endGetAccess") }?.code == "ResourceNotFound")
    }

    @Test("a disk attached to a running VM cannot be exported")
    func attached() throws {
        let h = try Harness()
        try h.disk("d1")
        try h.store.write { tx in
            guard var record = try tx.resource(id: h.id(disks, "d1")) else { return }
            record.body.set("/vm1", at: "managedBy")
            record.body.set("Attached", at: "properties.diskState")
            try tx.save(record)
        }
        let error = providerError { try h.action(disks, "d1", "beginGetAccess", ["access": "Read", "durationInSeconds": 60]) }
        #expect(error?.message == "Access not permitted because disk d1 is currently attached to running VM /vm1.")
    }
}

@Suite("Updates")
struct UpdateTests {
    @Test("az disk update: disks grow, never shrink")
    func resize() throws {
        let h = try Harness()
        try h.disk("d1", sizeGB: 100)
        let grown = try h.patch(disks, "d1", ["properties": ["diskSizeGB": 200]])
        #expect(grown.value(at: "properties.diskSizeGB") == 200)
        #expect(grown.value(at: "properties.diskSizeBytes") == .int(200 * 1_073_741_824))
        let error = providerError { try h.patch(disks, "d1", ["properties": ["diskSizeGB": 50]]) }
        #expect(error?.code == "ResizeDiskError")
        #expect(error?.message == "Disk size reduction is not supported. Current size is 214748364800 bytes, "
            + "requested size is 53687091200 bytes.")
        #expect(try h.get(disks, "d1").value(at: "properties.diskSizeGB") == 200)
    }

    @Test("PATCH replaces tags, changes the SKU (and its tier) and network settings, keeps the rest")
    func patchMembers() throws {
        let h = try Harness()
        let before = try h.put(disks, "d1", ["location": "westus", "tags": ["a": "1", "b": "2"],
                                             "properties": ["creationData": ["createOption": "Empty"], "diskSizeGB": 4]])
        h.clock.advance(by: 10)
        let after = try h.patch(disks, "d1", ["tags": ["c": "3"], "sku": ["name": "Premium_LRS"],
                                              "properties": ["networkAccessPolicy": "DenyAll"]])
        #expect(after["tags"] == ["c": "3"])
        #expect(after["sku"] == ["name": "Premium_LRS", "tier": "Premium"])
        #expect(after.value(at: "properties.networkAccessPolicy") == "DenyAll")
        #expect(after.value(at: "properties.uniqueId") == before.value(at: "properties.uniqueId"))
        #expect(after.value(at: "properties.timeCreated") == before.value(at: "properties.timeCreated"))
        #expect(providerError { try h.patch(disks, "nope", ["tags": [:]]) }?.code == "ResourceNotFound")
    }

    @Test("a snapshot update cannot move an incremental snapshot to premium storage")
    func snapshotSku() throws {
        let h = try Harness()
        try h.disk("d1")
        try h.snapshot("s1", of: "d1")
        #expect(providerError { try h.patch(snapshots, "s1", ["sku": ["name": "Premium_LRS"]]) }?.code == "InvalidParameter")
        let zrs = try h.patch(snapshots, "s1", ["sku": ["name": "Standard_ZRS"]])
        #expect(zrs["sku"] == ["name": "Standard_ZRS", "tier": "Standard"])
    }

    @Test("a PUT in another location is ARM's InvalidResourceLocation")
    func location() throws {
        let h = try Harness()
        try h.disk("d1")
        let error = providerError {
            try h.put(disks, "d1", ["location": "East US",
                                    "properties": ["creationData": ["createOption": "Empty"], "diskSizeGB": 4]])
        }
        #expect(error?.code == "InvalidResourceLocation")
        #expect(error?.message == "The resource 'd1' already exists in location 'westus' in resource group 'rg'. "
            + "A resource with the same name cannot be created in location 'eastus'. Please select a new resource name.")
    }

    @Test("hyperVGeneration of a disk is create-only")
    func hyperV() throws {
        let h = try Harness()
        try h.disk("d1", extra: ["hyperVGeneration": "V1"])
        let error = providerError { try h.patch(disks, "d1", ["properties": ["hyperVGeneration": "V2"]]) }
        #expect(error?.message == "Changing property 'hyperVGeneration' is not allowed.")
    }
}
