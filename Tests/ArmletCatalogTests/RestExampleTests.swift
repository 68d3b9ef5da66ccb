import ArmletTestSupport
import ArmletCatalog
import ArmletJSON
import Foundation
import Testing

/// The request bodies of the Compute specification's PUT examples are valid by definition: a
/// finding that is an error means the catalogued schema is wrong.
@Suite struct RestExampleTests {
    struct Example: CustomStringConvertible {
        let file: String
        let type: String
        let apiVersion: String
        let body: JSONValue
        var description: String { file }
    }

    /// Named like a PUT example, but the specification attaches it to `Disks_Update` (PATCH): its body
    /// is a `DiskUpdate` without `location` or `creationData`.
    static let patchExamples: Set<String> = ["Disk_CreateOrUpdate_BurstingEnabled.json"]

    static func putExamples() -> [Example] {
        guard let folder = SharedFiles.existing("rest-examples/diskrp") else { return [] }
        return CatalogTestFiles.jsonFiles(under: folder).compactMap { url -> Example? in
            let name = url.lastPathComponent
            guard name.hasPrefix("Disk_Create") || name.hasPrefix("Snapshot_Create"), !patchExamples.contains(name),
                  let data = try? Data(contentsOf: url),
                  let document = try? JSONReader.value(String(decoding: data, as: UTF8.self), file: name),
                  let parameters = document["parameters"], let version = parameters["api-version"]?.stringValue
            else { return nil }
            let isDisk = name.hasPrefix("Disk_")
            guard let body = parameters[isDisk ? "disk" : "snapshot"] else { return nil }
            let relative = String(url.path.dropFirst(folder.path.count + 1))
            return Example(file: relative, type: isDisk ? "Microsoft.Compute/disks" : "Microsoft.Compute/snapshots",
                           apiVersion: version, body: body)
        }
    }

    @Test func examplesWereFound() {
        let examples = Self.putExamples()
        guard SharedFiles.url("rest-examples/diskrp") != nil else { return }
        #expect(examples.count == 36, "\(examples.count) PUT examples found")
        #expect(examples.filter { $0.type == "Microsoft.Compute/snapshots" }.count == 9)
    }

    @Test(arguments: putExamples())
    func putBodyHasNoErrors(example: Example) {
        #expect(ResourceCatalog.shared.apiVersionCheck(type: example.type, apiVersion: example.apiVersion,
                                                       location: "westus") == nil)
        let findings = ResourceCatalog.shared.validateBody(type: example.type, apiVersion: example.apiVersion,
                                                           body: example.body)
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings.map(\.rendered))")
        #expect(findings.filter { $0.code == "UnknownProperty" || $0.code == "PropertyNotInApiVersion" }.isEmpty,
                "\(findings.map(\.rendered))")
    }
}
