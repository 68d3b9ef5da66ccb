import Foundation
internal import GRDB

extension SQLiteStateStore {
    /// A readable ``StateError`` for an error SQLite (or GRDB, or the file system) reported about `path`.
    static func stateError(_ error: any Error, path: String, busyTimeout: TimeInterval) -> StateError {
        if let error = error as? StateError { return error }
        if let error = error as? RowDecodingError {
            return .corrupt(path: path, detail: "a stored value has the wrong type: \(error)")
        }
        guard let error = error as? DatabaseError else {
            return .failed(path: path, detail: describe(error))
        }
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path, timeout: busyTimeout)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .corrupt(path: path, detail: detail)
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_AUTH:
            return .unwritable(path: path, detail: detail)
        default:
            return .failed(path: path, detail: detail)
        }
    }

    static func describe(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }

    static func expandingTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
