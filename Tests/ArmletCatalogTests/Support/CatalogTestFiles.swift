import Foundation

/// Paths the catalog tests read: `Schemas/` in this package and `../shared/rest-examples`.
enum CatalogTestFiles {
    /// The package root, derived from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Schemas/resource-types/` of the package.
    static let resourceTypes = packageRoot.appendingPathComponent("Schemas/resource-types")

    /// `../shared/<relative>` when it exists; otherwise prints a loud skip notice and returns nil.
    static func shared(_ relative: String) -> URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            print("⚠️ SKIPPED: \(url.path) is absent; REST-example tests did not run")
            return nil
        }
        return url
    }

    /// Every `.json` file below `folder`, sorted by path.
    static func jsonFiles(under folder: URL) -> [URL] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
