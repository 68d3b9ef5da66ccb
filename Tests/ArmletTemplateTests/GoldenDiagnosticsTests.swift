import ArmletJSON
import ArmletTestSupport
import Foundation
import Testing
@testable import ArmletTemplate

/// Golden files: `Golden/<case>/input.json` (and optional `parameters.json`) against `expected.txt`,
/// the rendered diagnostics one per line. Regenerate with `ARMLET_UPDATE_GOLDEN=1 swift test`.
@Suite struct GoldenDiagnosticsTests {
    static let cases = [
        "missing-comma", "unterminated-string", "duplicate-key", "resources-wrong-type",
        "unknown-top-level-property", "bad-parameter-value",
    ]

    /// Everything Armlet reports for a case folder, with file names relative to it.
    static func diagnostics(in folder: URL) throws -> [Diagnostic] {
        let text = try String(contentsOf: folder.appendingPathComponent("input.json"), encoding: .utf8)
        var found = TemplateLoader.diagnose(text: text, file: "input.json")
        let parametersURL = folder.appendingPathComponent("parameters.json")
        guard FileManager.default.fileExists(atPath: parametersURL.path), !found.contains(where: { $0.severity == .error }),
              let loaded = try? TemplateLoader.load(text: text, file: "input.json") else { return found }
        let parametersText = try String(contentsOf: parametersURL, encoding: .utf8)
        let (file, fileProblems) = ParameterFileDecoder.decode(text: parametersText, file: "parameters.json")
        found += fileProblems
        found += ParameterBinder.bind(file?.parameters ?? NamedList(), to: loaded.template,
                                      templateMap: loaded.document.sourceMap).diagnostics
        return found
    }

    @Test(arguments: cases)
    func golden(_ name: String) throws {
        let folder = TestSupport.goldenRoot.appendingPathComponent(name)
        let actual = try Self.diagnostics(in: folder).map(\.rendered).joined(separator: "\n") + "\n"
        Golden.expect(actual, matches: folder.appendingPathComponent("expected.txt"))
    }
}
