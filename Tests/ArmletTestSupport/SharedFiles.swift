public import Foundation
public import Testing

/// Access to `../shared` for suites that need it (corpus, conformance suites, REST examples).
///
/// When the folder is absent the suite cannot run: in CI (`CI` or `ARMLET_REQUIRE_SHARED` set, as
/// `.ci/run` sets it) that is a failure recorded against the calling test; elsewhere the test prints
/// a loud notice and does nothing, so a checkout without `../shared` still builds and tests.
public enum SharedFiles {
    /// Whether a missing `../shared` fails the tests (CI) rather than skipping them.
    public static var isRequired: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["ARMLET_REQUIRE_SHARED"].map { $0 != "0" } ?? (environment["CI"] != nil)
    }

    /// `../shared/<relative>` when it exists, quietly (for building test arguments outside a test; a
    /// test of the suite must still call ``url(_:sourceLocation:)`` so that absence is reported).
    public static func existing(_ relative: String) -> URL? {
        let url = PackagePaths.sharedRoot.appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// `../shared/<relative>` when it exists; otherwise `nil`, after failing the test (CI) or printing
    /// a loud skip notice.
    public static func url(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        let url = PackagePaths.sharedRoot.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: url.path) { return url }
        let message = "\(url.path) is absent: the tests that need ../shared/\(relative) did not run"
        if isRequired {
            Issue.record(Comment(rawValue: message + " (ARMLET_REQUIRE_SHARED is set)"), sourceLocation: sourceLocation)
        } else {
            print("⚠️⚠️⚠️ SKIPPED: \(message) ⚠️⚠️⚠️")
        }
        return nil
    }

    /// The `.json` files directly in `../shared/<relative>`, sorted by name (empty when the folder is absent).
    public static func jsonFiles(in relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> [URL] {
        guard let folder = url(relative, sourceLocation: sourceLocation),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
