import ArmletTestSupport
import ArmletCLI
import Foundation
import Testing

/// Runs `armlet` in-process against a fresh state directory, and pins printed output in golden files
/// with the run-dependent parts (times, durations, GUIDs, operation ids, paths) normalised.
struct CLIHarness {
    static let root = PackagePaths.root
    static let golden = root.appendingPathComponent("Tests/ArmletCLITests/Golden")

    let stateDir: String

    init() throws {
        stateDir = FileManager.default.temporaryDirectory.appendingPathComponent("armlet-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
    }

    /// `armlet ARGS --state-dir DIR`.
    func run(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
        CommandRunner.capture(arguments + ["--state-dir", stateDir])
    }

    static func template(_ name: String) -> String { root.appendingPathComponent("Templates/\(name)").path }

    /// `text` with what changes from run to run replaced by placeholders.
    static func normalise(_ text: String) -> String {
        var result = text.replacingOccurrences(of: root.path + "/", with: "")
        let rules: [(String, String)] = [
            (#"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00"#, "<timestamp>"),
            (#"PT(\d+H)?(\d+M)?[\d.]+S"#, "<duration>"),
            (#"(?!00000000-0000-0000-0000-0000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#, "<guid>"),
            (#"\b[0-9A-F]{16}\b"#, "<operationId>"),
        ]
        for (pattern, replacement) in rules {
            result = result.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return result
    }

    /// Compares `text` (normalised) with `Golden/<name>`; `ARMLET_UPDATE_GOLDEN=1` rewrites the file.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        Golden.expect(normalise(text), matches: golden.appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
