import Foundation
internal import GRDB

/// A ``SQLSession`` over one GRDB connection inside a transaction.
///
/// Statements are prepared once per connection and reused (GRDB's statement cache): compiling one
/// per call, with GRDB's authorizer and region bookkeeping, cost more than running it.
struct GRDBSession: SQLSession {
    let db: Database

    func rows(_ sql: String, _ arguments: [any SQLBindable]) throws -> [SQLRow] {
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: Self.arguments(arguments))
        var result: [SQLRow] = []
        var names: [String]?
        while let row = try cursor.next() {
            let columns = names ?? Array(row.columnNames)
            names = columns
            result.append(SQLRow(names: columns, values: row.databaseValues.map(Self.value)))
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
}
