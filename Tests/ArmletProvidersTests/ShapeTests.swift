import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

/// A created disk and snapshot, compared member by member with DiskRP's REST examples: every member
/// the example shows must be there with the same value (after normalising ids, GUIDs and times), and
/// every member Armlet adds must be one the real service returns too (the `az` recording in
/// `shared/reference/azure-rest.md` §1.4 shows them).
@Suite("Response shape against the REST examples")
struct ShapeTests {
    @Test("an incremental snapshot looks like Snapshot_GetIncrementalSnapshot")
    func incrementalSnapshot() throws {
        let example = try JSONReader.value(RestExamples.incrementalSnapshotGet, file: "example.json")
        let h = try Harness()
        let p = try #require(example["properties"])
        var diskProperties = JSONObject()
        for key in ["osType", "hyperVGeneration", "purchasePlan", "supportedCapabilities", "supportsHibernation",
                    "diskSizeGB", "encryptionSettingsCollection"] {
            diskProperties[key] = p[key]
        }
        diskProperties["creationData"] = ["createOption": "Empty"]
        try h.put(disks, "myDisk", ["location": "westus", "properties": .object(diskProperties)])
        let body: JSONValue = [
            "location": "westus", "tags": example["tags"] ?? .null,
            "properties": ["creationData": ["createOption": "Copy", "sourceResourceId": .string(h.id(disks, "myDisk"))],
                           "incremental": true],
        ]
        let ours = try h.put(snapshots, "myIncrementalSnapshot", body)

        var expected = normalise(example, h: h)
        // The example's placeholders are not real values (see azure-rest.md §8): fix them to what Azure returns.
        expected.set("AllowAll", at: "properties.networkAccessPolicy")
        expected.set("Unattached", at: "properties.diskState")
        expected.set(.int(100 * 1_073_741_824), at: "properties.diskSizeBytes")
        compare(ours: normalise(ours, h: h), expected: expected,
                extra: ["sku.name", "sku.tier", "properties.publicNetworkAccess"], missing: [])
    }

    @Test("a disk looks like Disk_Get")
    func disk() throws {
        let example = try JSONReader.value(RestExamples.diskGet, file: "example.json")
        let h = try Harness()
        var properties = JSONObject()
        for key in ["osType", "hyperVGeneration", "purchasePlan", "supportedCapabilities", "supportsHibernation",
                    "securityProfile", "creationData", "diskSizeGB", "encryptionSettingsCollection"] {
            properties[key] = example["properties"]?[key]
        }
        // Armlet has no platform image catalog: the image the example names must exist in the state.
        let image = try #require(properties["creationData"]?.string(at: "imageReference.id"))
        try h.generic(at: image)
        let ours = try h.put(disks, "myManagedDisk", ["location": "westus", "tags": example["tags"] ?? .null,
                                                     "sku": ["name": "Standard_LRS"], "properties": .object(properties)])
        compare(ours: normalise(ours, h: h), expected: normalise(example, h: h),
                extra: ["sku.tier", "properties.diskState", "properties.diskSizeBytes", "properties.uniqueId",
                        "properties.networkAccessPolicy", "properties.publicNetworkAccess"],
                // Set when a VM attaches the disk; the simulation has no VMs.
                missing: ["managedBy", "properties.LastOwnershipUpdateTime"])
    }

    @Test("a Premium SSD v2 disk carries the tier of Disk_Create_WithPremiumV2_LRSAccountType")
    func premiumV2Tier() throws {
        let h = try Harness()
        let ours = try h.put(disks, "myPremiumV2Disk", [
            "location": "West US", "sku": ["name": "PremiumV2_LRS"],
            "properties": ["creationData": ["createOption": "Empty"], "diskSizeGB": 200,
                           "diskIOPSReadWrite": 125, "diskMBpsReadWrite": 3000],
        ])
        #expect(ours["sku"] == ["name": "PremiumV2_LRS", "tier": "Premium"])
        #expect(ours.value(at: "properties.diskIOPSReadWrite") == 125)
        #expect(ours.value(at: "properties.diskMBpsReadWrite") == 3000)
        #expect(ours["name"] == "myPremiumV2Disk")
    }

    // MARK: - Normalising

    private func normalise(_ value: JSONValue, h: Harness) -> JSONValue {
        switch value {
        case .string(let s):
            if s.range(of: #"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"#, options: .regularExpression) != nil {
                return "<guid>"
            }
            if s.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$"#, options: .regularExpression) != nil {
                return "<time>"
            }
            return .string(s.replacingOccurrences(of: "{subscriptionId}", with: h.subscription.id)
                .replacingOccurrences(of: "{subscription-id}", with: h.subscription.id)
                .replacingOccurrences(of: "/resourceGroups/myResourceGroup/", with: "/resourceGroups/rg/"))
        case .array(let items):
            return .array(items.map { normalise($0, h: h) })
        case .object(let object):
            return .object(JSONObject(object.map { ($0.key, normalise($0.value, h: h)) }))
        default:
            return value
        }
    }

    private func leaves(_ value: JSONValue, prefix: String = "") -> [String: JSONValue] {
        guard case .object(let object) = value, !object.isEmpty else { return [prefix: value] }
        var result: [String: JSONValue] = [:]
        for (key, child) in object {
            let path = prefix.isEmpty ? key : "\(prefix).\(key)"
            if case .object = child {
                result.merge(leaves(child, prefix: path)) { a, _ in a }
            } else {
                result[path] = child
            }
        }
        return result
    }

    private func compare(ours: JSONValue, expected: JSONValue, extra: Set<String>, missing: Set<String>,
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let oursLeaves = leaves(ours)
        let expectedLeaves = leaves(expected)
        for (path, value) in expectedLeaves.sorted(by: { $0.key < $1.key }) where !missing.contains(path) {
            #expect(oursLeaves[path] == value, "member \(path)", sourceLocation: sourceLocation)
        }
        for path in missing {
            #expect(oursLeaves[path] == nil, "member \(path) is not simulated", sourceLocation: sourceLocation)
        }
        let added = Set(oursLeaves.keys).subtracting(expectedLeaves.keys)
        #expect(added == extra, "members Armlet adds", sourceLocation: sourceLocation)
    }
}
