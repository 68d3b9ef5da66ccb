import ArmletTestSupport
import Foundation
import Testing

/// Paths the catalog tests read: `Schemas/` in this package and `../shared/rest-examples`.
enum CatalogTestFiles {
    /// The package root, derived from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Schemas/resource-types/` of the package.
    static let resourceTypes = packageRoot.appendingPathComponent("Schemas/resource-types")

    /// `../shared/<relative>` when it exists; otherwise prints a loud skip notice and returns nil.
    static func shared(_ relative: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> URL? {
        SharedFiles.url(relative, sourceLocation: sourceLocation)
    }

    /// Every `.json` file below `folder`, sorted by path.
    static func jsonFiles(under folder: URL) -> [URL] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
