import Foundation

/// The `sqlite3` command-line shell, when installed; the tests that use it are skipped otherwise.
let sqliteShell: String? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

struct ShellFailed: Error, CustomStringConvertible {
    var description: String
}

/// Runs `sql` on the database at `path` with the `sqlite3` shell and waits for it.
func runSQLite(_ path: String, _ sql: String) throws {
    guard let sqliteShell else { throw ShellFailed(description: "sqlite3 is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: sqliteShell)
    process.arguments = [path, sql]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ShellFailed(description: "sqlite3 exited with \(process.terminationStatus)")
    }
}
