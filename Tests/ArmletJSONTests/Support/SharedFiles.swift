import Foundation

/// Locates `../shared` (beside the package root) for tests that read the shared corpora.
enum SharedFiles {
    /// The package root, derived from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/<relative>` when it exists; otherwise prints a loud skip notice and returns nil.
    static func folder(_ relative: String) -> URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            print("⚠️ SKIPPED: \(url.path) is absent; shared-corpus tests did not run")
            return nil
        }
        return url
    }

    /// The `.json` files of a shared folder, sorted by name.
    static func jsonFiles(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }
}
