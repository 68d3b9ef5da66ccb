import ArmletJSON
import ArmletTestSupport
import ArmletLint
import Foundation
import Testing

/// Shared helpers: the golden folder, a fixed reference day, and golden comparison with regeneration
/// (`ARMLET_UPDATE_GOLDEN=1 swift test --filter ArmletLintTests` rewrites the expected files).
enum LintTestSupport {
    /// `Tests/ArmletLintTests/Golden`.
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The repository root.
    static let repository = PackagePaths.root

    /// 2026-01-15T00:00:00Z: the day every test measures API version ages from.
    static let referenceDate = Date(timeIntervalSince1970: 1_768_435_200)

    static var updating: Bool { ProcessInfo.processInfo.environment["ARMLET_UPDATE_GOLDEN"] == "1" }

    /// Lints `text` as `file` with the default configuration (or `configuration`).
    static func lint(_ text: String, file: String = "template.json",
                     configuration: LintConfiguration = .default) -> LintFileResult {
        Linter(configuration: configuration, referenceDate: referenceDate).lint(text: text, file: file)
    }

    /// Reads a golden file (relative to `Golden/`).
    static func read(_ relative: String) throws -> String {
        try String(contentsOf: golden.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Compares `actual` with the golden file `relative`, or rewrites it when updating.
    static func expectGolden(_ actual: String, _ relative: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        Golden.expect(actual, matches: golden.appendingPathComponent(relative), sourceLocation: sourceLocation)
    }

    /// One line per finding: `file:line:col: level rule-id: message`.
    static func headlines(_ findings: [LintFinding]) -> String {
        findings.map(\.headline).map { $0 + "\n" }.joined()
    }
}
