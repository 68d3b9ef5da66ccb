import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

@Suite("Disk and snapshot names")
struct NamingTests {
    static let valid = ["d", "9", "disk_1", "my.disk-2", "ends_", "A" + String(repeating: "b", count: 79)]
    static let invalid = ["bad$name", "_leading", "-leading", ".leading", "trailing-", "trailing.", "space name",
                          "dïsk", "disk/1", "", String(repeating: "a", count: 81)]

    @Test("a valid name is accepted", arguments: valid)
    func validName(name: String) throws {
        let h = try Harness()
        let disk = try h.disk(name)
        #expect(disk["name"] == .string(name))
        let snapshot = try h.snapshot(name, of: name, incremental: false)
        #expect(snapshot["name"] == .string(name))
    }

    @Test("an invalid disk name is refused by validate and by put, with DiskRP's wording", arguments: invalid)
    func invalidDiskName(name: String) throws {
        let h = try Harness()
        let body: JSONValue = ["location": "westus",
                               "properties": ["creationData": ["createOption": "Empty"], "diskSizeGB": 4]]
        let request = h.request(disks, name, body)
        let diagnostics = ComputeProvider().validate(request)
        #expect(diagnostics.map(\.code) == ["InvalidParameter"])
        #expect(diagnostics.first?.message == "The value of parameter disk.name is invalid.")
        #expect(diagnostics.first?.target == "disk.name")
        let error = providerError { try h.store.write { try ComputeProvider().put(request, in: $0) } }
        #expect(error?.code == "InvalidParameter")
        #expect(error?.message == "The value of parameter disk.name is invalid.")
        #expect(error?.target == "disk.name")
        #expect(error?.httpStatus == 400)
        #expect(try h.store.read { try $0.resources(type: disks) }.isEmpty)
    }

    @Test("an invalid snapshot name is refused with target snapshot.name")
    func invalidSnapshotName() throws {
        let h = try Harness()
        try h.disk("d1")
        let error = providerError { try h.snapshot("bad$name", of: "d1") }
        #expect(error?.code == "InvalidParameter")
        #expect(error?.message == "The value of parameter snapshot.name is invalid.")
        #expect(error?.target == "snapshot.name")
    }

    @Test("the name rule holds without a creationData (a bare validate)")
    func nameWithoutCreationData() throws {
        let h = try Harness()
        let diagnostics = ComputeProvider().validate(h.request(disks, "bad$name", ["location": "westus"]))
        #expect(diagnostics.contains { $0.code == "InvalidParameter" && $0.target == "disk.name" })
    }
}
