import ArmletTestSupport
import Foundation

/// Paths the catalog tests read: `Schemas/` in this package and `../shared/rest-examples`.
enum CatalogTestFiles {
    /// The package root.
    static let packageRoot: URL = PackagePaths.root

    /// `Schemas/resource-types/` of the package.
    static let resourceTypes = packageRoot.appendingPathComponent("Schemas/resource-types")

    /// Every `.json` file below `folder`, sorted by path.
    static func jsonFiles(under folder: URL) -> [URL] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
