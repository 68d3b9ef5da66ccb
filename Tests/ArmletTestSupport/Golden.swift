public import Foundation
public import Testing

/// Golden files: what a person reads (what-if text, lint output, CLI tables, plans) pinned beside the
/// tests that produce it.
///
/// A mismatch fails with a unified diff. `ARMLET_UPDATE_GOLDEN=1` rewrites the file and still fails
/// the test ("recorded new baseline"), so an update run is never mistaken for a passing one: rerun
/// without it, then read the diff in version control.
public enum Golden {
    /// Whether this run rewrites golden files.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["ARMLET_UPDATE_GOLDEN"] == "1" }

    /// Expects `actual` to equal the file at `url`.
    public static func expect(_ actual: String, matches url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if isRecording {
            guard expected != actual else { return }
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded new baseline \(url.path); rerun without ARMLET_UPDATE_GOLDEN",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write golden \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected else {
            Issue.record("missing golden \(url.path); record it with ARMLET_UPDATE_GOLDEN=1",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let diff = UnifiedDiff.render(expected: expected, actual: actual, name: url.lastPathComponent)
        Issue.record(Comment(rawValue: "golden \(url.path) differs (ARMLET_UPDATE_GOLDEN=1 records the new text):\n\(diff)"),
                     sourceLocation: sourceLocation)
    }
}
