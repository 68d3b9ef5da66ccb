import Foundation
import Synchronization

/// How many requests the clients of one repetition have completed (read by ``LoadWatchdog``).
final class LoadProgress: Sendable {
    private let count = Atomic<Int>(0)

    /// Counts one completed request.
    func completed() { count.add(1, ordering: .relaxed) }

    /// The requests completed so far.
    var value: Int { count.load(ordering: .relaxed) }
}

/// Ends the process with status 1 when a repetition has not finished `limit` seconds after it
/// started: a stalled server must not hang the benchmark. It waits on its own thread, not in the
/// Swift concurrency pool, because a pool whose threads the server blocks is exactly the case it
/// must survive (the requests' own timeouts need that pool to fire).
final class LoadWatchdog: Sendable {
    private let finished = DispatchSemaphore(value: 0)

    /// Arms the watchdog for the phase named `phase`, removing `directory` if it fires.
    init(phase: String, limit: Double, progress: LoadProgress, directory: String) {
        let finished = finished
        Thread.detachNewThread {
            guard finished.wait(timeout: .now() + limit) == .timedOut else { return }
            let label = phase.padding(toLength: 34, withPad: " ", startingAt: 0)
            print("\(label) stalled: \(progress.value) requests completed, then no end \(Int(limit)) s after the "
                  + "start; the server stopped answering (errors 1)")
            try? FileManager.default.removeItem(atPath: directory)
            exit(1)
        }
    }

    /// Stops the watchdog: the repetition finished.
    func disarm() { finished.signal() }
}
