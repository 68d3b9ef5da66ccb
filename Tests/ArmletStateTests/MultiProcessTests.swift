import ArmletJSON
import ArmletState
import Foundation
import Testing

@Suite("Sharing one state file")
struct MultiProcessTests {
    @Test("two stores on one file, written from two threads in turn, lose nothing")
    func interleavedWriters() async throws {
        let directory = TemporaryDirectory()
        let first = try SQLiteStateStore(directory: directory.path)
        let second = try SQLiteStateStore(directory: directory.path)
        let counter: SettingKey = "test.counter"
        let rounds = 50

        func hammer(_ store: SQLiteStateStore, prefix: String) throws {
            for i in 0..<rounds {
                try store.write { state in
                    // Read-modify-write: lost updates would show as a short count.
                    let count = Int(try state.setting(counter) ?? "0") ?? 0
                    try state.save(disk("\(prefix)\(i)"))
                    try state.setSetting(counter, to: String(count + 1))
                }
            }
        }
        async let a: Void = Task.detached { try hammer(first, prefix: "a") }.value
        async let b: Void = Task.detached { try hammer(second, prefix: "b") }.value
        _ = try await (a, b)

        let reopened = try SQLiteStateStore(directory: directory.path)
        #expect(try reopened.readSetting(counter) == String(2 * rounds))
        #expect(try await reopened.read { try $0.resources(subscriptionId: sub).count } == 2 * rounds)
    }

    @Test("stores opening a new file at the same moment all end up migrated, with one default subscription")
    func simultaneousFirstOpen() async throws {
        let directory = TemporaryDirectory()
        let path = directory.path
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<6 {
                group.addTask {
                    let store = try SQLiteStateStore(directory: path)
                    try store.write { try $0.save(disk("d\(i)")) }
                }
            }
            try await group.waitForAll()
        }
        let store = try SQLiteStateStore(directory: path)
        #expect(try store.appliedMigrations() == SQLiteStateStore.knownMigrations)
        #expect(try await store.read { try $0.subscriptions().count } == 1)
        #expect(try await store.read { try $0.resources(subscriptionId: sub).count } == 6)
    }

    @Test("a writer waits for another process's transaction; with a short timeout it fails with StateLocked",
          .enabled(if: sqliteShell != nil))
    func secondProcessHoldsTheLock() async throws {
        let directory = TemporaryDirectory()
        let patient = try SQLiteStateStore(directory: directory.path, busyTimeout: 20)
        let impatient = try SQLiteStateStore(directory: directory.path, busyTimeout: 0.05)
        let holder = try LockHolder(path: patient.path)
        defer { holder.stop() }

        // The other process inserts a row and keeps its transaction open until told to commit.
        try holder.send(".timeout 5000\nBEGIN EXCLUSIVE;\nINSERT INTO settings (key, value) VALUES ('other.process', 'was here');\n")
        let lockedError = try waitUntilLocked(impatient)
        #expect(lockedError.code == "StateLocked")
        #expect(lockedError.message.contains(patient.path))
        #expect(lockedError.message.contains("another armlet process"))
        #expect(lockedError.message.contains("0.05 seconds"))

        // Runs only once the other process has committed, so it sees its row; on a thread of its own,
        // so its wait does not hold one of the cooperative threads the sleep below needs.
        let waiting = Task { try await patient.write { state in
            try state.setSetting("this.process", to: "after")
            return try state.setting("other.process")
        } }
        try await Task.sleep(for: .milliseconds(100))
        try holder.send("COMMIT;\n")
        #expect(try await waiting.value == "was here")
        #expect(try patient.readSetting("this.process") == "after")
    }

    /// Tries a write until the other process's lock makes it fail (the shell needs a moment to start).
    private func waitUntilLocked(_ store: SQLiteStateStore) throws -> StateError {
        for _ in 0..<200 {
            do {
                try store.write { try $0.setSetting("probe", to: "x") }
                Thread.sleep(forTimeInterval: 0.01)
            } catch let error as StateError {
                return error
            }
        }
        throw ShellFailed(description: "the sqlite3 shell never took the lock")
    }
}

/// A `sqlite3` shell reading statements from a pipe, so a test decides when it commits.
final class LockHolder: Sendable {
    private let process: Process
    private let input: Pipe

    init(path: String) throws {
        guard let sqliteShell else { throw ShellFailed(description: "sqlite3 is not installed") }
        process = Process()
        input = Pipe()
        process.executableURL = URL(fileURLWithPath: sqliteShell)
        process.arguments = [path]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
    }

    func send(_ text: String) throws {
        try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
