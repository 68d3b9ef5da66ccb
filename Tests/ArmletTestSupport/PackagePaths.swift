public import Foundation

/// Where the package and the shared material beside it are, for tests.
public enum PackagePaths {
    /// The package root (the folder holding `Package.swift`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the package root.
    public static let sharedRoot: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The folder of the calling test file (pass `#filePath`).
    public static func folder(of filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent()
    }
}
