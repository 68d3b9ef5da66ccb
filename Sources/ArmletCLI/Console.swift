import Foundation
import Synchronization

/// Where commands write: standard output and standard error by default, a buffer in tests.
///
/// Commands never call `print` directly; they write through ``Console/current``, a task-local,
/// so tests can run the whole command line in-process and read what it printed.
package struct Console: Sendable {
    /// Writes text to standard output (the text carries its own newlines).
    package var out: @Sendable (String) -> Void
    /// Writes text to standard error.
    package var err: @Sendable (String) -> Void

    /// A console from two writers.
    package init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// The process's standard output and error.
    package static let standard = Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: { FileHandle.standardError.write(Data($0.utf8)) })

    /// The console commands write to in the current task.
    @TaskLocal package static var current: Console = .standard

    /// Writes `text` and a newline to standard output.
    static func line(_ text: String) { current.out(text + "\n") }

    /// Writes `text` and a newline to standard error.
    static func errorLine(_ text: String) { current.err(text + "\n") }
}

/// A console that keeps what was written, for tests.
package final class CapturedConsole: Sendable {
    private let outBuffer = Mutex("")
    private let errBuffer = Mutex("")

    /// An empty capture.
    package init() {}

    /// The console writing into this capture.
    package var console: Console {
        Console(out: { text in self.outBuffer.withLock { $0 += text } },
                err: { text in self.errBuffer.withLock { $0 += text } })
    }

    /// Everything written to standard output.
    package var stdout: String { outBuffer.withLock { $0 } }
    /// Everything written to standard error.
    package var stderr: String { errBuffer.withLock { $0 } }
}
