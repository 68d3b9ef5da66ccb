import ArmletJSON
import ArmletTestSupport
import Foundation
@testable import ArmletTemplate

/// Helpers shared by the template tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static var packageRoot: URL { PackagePaths.root }

    /// The golden-file folder in the source tree.
    static var goldenRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// Decodes `text` (read as `file`) and returns the result; a read error becomes a test failure value.
    static func decode(_ text: String, file: String = "t.json") throws -> TemplateDecodeResult {
        let doc = try JSONReader.read(text, file: file)
        return TemplateDecoder.decode(doc, sourceSize: text.utf8.count)
    }

    /// Rendered diagnostics, one per element.
    static func rendered(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(\.rendered) }
}
