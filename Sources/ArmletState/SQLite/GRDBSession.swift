import Foundation
internal import GRDB
internal import GRDBSQLite

/// A ``SQLSession`` over one GRDB connection inside a transaction.
///
/// Statements are prepared once per connection and reused (GRDB's statement cache): compiling one
/// per call, with GRDB's authorizer and region bookkeeping, cost more than running it. Queries then
/// bind, step and read columns through SQLite's own functions on the cached statement: GRDB's row
/// cursor builds a dictionary of lower-cased column names per query and its arguments a
/// `DatabaseValue` per placeholder, which together cost more than SQLite's work on a one-row lookup.
struct GRDBSession: SQLSession {
    let db: Database

    func rows(_ sql: String, _ arguments: [any SQLBindable]) throws -> [SQLRow] {
        let statement = try db.cachedStatement(sql: sql)
        guard statement.isReadonly else { return try rowsThroughGRDB(statement, arguments) }
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        try bind(arguments, to: statement, sql: sql)
        let names = statement.columnNames
        let count = CInt(names.count)
        var result: [SQLRow] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw failure(code, sql: sql) }
            var values: [SQLValue] = []
            values.reserveCapacity(names.count)
            for column in 0..<count { values.append(Self.value(handle, column)) }
            result.append(SQLRow(names: names, values: values))
        }
        return result
    }

    func execute(_ sql: String, _ arguments: [any SQLBindable]) throws -> Int {
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
        return db.changesCount
    }

    func executeSchema(_ script: String) throws {
        try db.execute(sql: script)
    }

    func afterTransaction(commit: @escaping @Sendable () -> Void, rollback: @escaping @Sendable () -> Void) {
        db.afterNextTransaction(onCommit: { _ in commit() }, onRollback: { _ in rollback() })
    }

    /// The rows of a statement that writes, through GRDB's cursor, so that GRDB sees the change.
    private func rowsThroughGRDB(_ statement: Statement, _ arguments: [any SQLBindable]) throws -> [SQLRow] {
        let cursor = try Row.fetchCursor(statement, arguments: Self.arguments(arguments))
        var result: [SQLRow] = []
        while let row = try cursor.next() {
            result.append(SQLRow(names: statement.columnNames, values: row.databaseValues.map(Self.value)))
        }
        return result
    }

    private static func arguments(_ values: [any SQLBindable]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value.sqlValue {
            case .null: .null
            case .text(let text): text.databaseValue
            case .real(let number): number.databaseValue
            case .integer(let number): number.databaseValue
            case .blob(let bytes): Data(bytes).databaseValue
            }
        })
    }

    private static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .double(let number): .real(number)
        case .string(let text): .text(text)
        case .blob(let data): .blob([UInt8](data))
        }
    }

    /// Resets the statement and binds `arguments` to its placeholders, in order.
    private func bind(_ arguments: [any SQLBindable], to statement: Statement, sql: String) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard Int(sqlite3_bind_parameter_count(handle)) == arguments.count else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE,
                                message: "wrong number of statement arguments: \(arguments.count)", sql: sql)
        }
        for (offset, argument) in arguments.enumerated() {
            let index = CInt(offset + 1)
            let code: CInt
            switch argument.sqlValue {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .text(let text):
                var text = text
                code = text.withUTF8 { bytes in
                    // An empty buffer may have no address, and a null pointer would bind NULL.
                    guard !bytes.isEmpty else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
                    return bytes.withMemoryRebound(to: CChar.self) { chars in
                        sqlite3_bind_text(handle, index, chars.baseAddress, CInt(chars.count), Self.transient)
                    }
                }
            case .blob(let bytes):
                code = bytes.isEmpty ? sqlite3_bind_zeroblob(handle, index, 0) : bytes.withUnsafeBytes { raw in
                    sqlite3_bind_blob(handle, index, raw.baseAddress, CInt(raw.count), Self.transient)
                }
            }
            guard code == SQLITE_OK else { throw failure(code, sql: sql) }
        }
    }

    /// SQLite's error for `code` on this connection, as GRDB reports it.
    private func failure(_ code: CInt, sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code),
                      message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }, sql: sql)
    }

    /// SQLite copies bound text and blobs (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Column `column` of the current row.
    private static func value(_ handle: OpaquePointer, _ column: CInt) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let blob = sqlite3_column_blob(handle, column), count > 0 else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }
}
