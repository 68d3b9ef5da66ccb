import ArmletTestSupport
import Foundation
import Testing

/// Microsoft's REST examples (`shared/rest-examples`, DiskRP and ARM's resources/deployments) replayed
/// against the server, each outcome pinned in `Golden/rest-replay.txt` (`ARMLET_UPDATE_GOLDEN=1`
/// records it).
///
/// An example that names other resources (encryption sets, images, storage accounts, …) is replayed
/// twice: as written, where they do not exist and ARM's refusal is expected, and with them created
/// as generic resources, where it is expected to pass unless Armlet cannot truthfully do it. A
/// deployment whose template is linked (`templateLink`, which Armlet cannot fetch offline) is
/// replayed with a local template sent inline the second time.
@Suite struct RestReplayTests {
    static let examples = "rest-examples"
    static let golden = PackagePaths.folder(of: #filePath).appendingPathComponent("Golden/rest-replay.txt")

    /// The `other` outcomes that have a reason, by line; every other `other` fails the test.
    static let explained: [String: String] = [
        "diskrp/2025-01-02/diskExamples/Disk_BeginGetAccess_WithVMGuestStateAndVMMetadata.json: other the result lacks "
            + "securityMetadataAccessSAS":
            "only a confidential VM disk that carries VM metadata (imported with 'securityMetadataUri') has a metadata "
            + "blob to export; Armlet cannot import blobs, so none of its disks has one",
    ]

    @Test func everyExampleReplays() async throws {
        guard let root = SharedFiles.url(Self.examples) else { return }
        let paths = RestExample.paths(in: root)
        #expect(paths.count == 76, "the examples are \(paths.count), not 76")
        var lines: [String] = []
        var counts = (pass: 0, refused: 0, other: 0)
        var unexplained: [String] = []
        for path in paths {
            let example = try RestExample.load(path, root: root)
            for replay in RestReplay.replays(of: example) {
                let outcome = try await replay.run()
                let line = "\(replay): \(outcome)"
                lines.append(line)
                switch outcome {
                case .pass: counts.pass += 1
                case .refused: counts.refused += 1
                case .other:
                    counts.other += 1
                    if Self.explained[line] == nil { unexplained.append(line) }
                }
                if replay.variant == .asWritten, case .pass = outcome {
                    Issue.record("\(replay) passed, though the resources it names do not exist")
                }
            }
        }
        let total = counts.pass + counts.refused + counts.other
        lines.append("\(paths.count) examples, \(total) replays: \(counts.pass) pass, "
                     + "\(counts.refused) refused with an ARM error, \(counts.other) other")
        Golden.expect(lines.joined(separator: "\n") + "\n", matches: Self.golden)
        #expect(unexplained.isEmpty, "outcomes that are neither a pass nor ARM's refusal:\n\(unexplained.joined(separator: "\n"))")
    }
}
