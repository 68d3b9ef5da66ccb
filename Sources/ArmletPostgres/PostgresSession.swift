import ArmletState
import Foundation
import Logging
import NIOCore
import PostgresNIO

/// A ``SQLSession`` over one PostgreSQL connection inside a transaction.
///
/// It turns the shared statements' `?` placeholders into `$1, $2, …`, and the schema's SQLite types
/// into PostgreSQL's (`REAL` → `DOUBLE PRECISION`, `INTEGER` → `BIGINT`, `TEXT` → `TEXT COLLATE "C"` so
/// keys sort and compare byte by byte as in SQLite). It keeps the hooks that follow the transaction.
final class PostgresSession: SQLSession, @unchecked Sendable {
    let connection: PostgresConnection
    private let logger: Logger
    private var hooks: [(commit: @Sendable () -> Void, rollback: @Sendable () -> Void)] = []
    /// Statements sent without waiting (`BEGIN`, the write lock): their answers are awaited, in order,
    /// with the next statement's, so they cost no round trip of their own.
    private var pending: [EventLoopFuture<PostgresQueryResult>] = []

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    func rows(_ sql: String, _ arguments: [any SQLBindable]) throws -> [SQLRow] {
        let result = try run(sql, arguments.map(\.sqlValue))
        guard let first = result.rows.first else { return [] }
        let names = first.map(\.columnName)
        return try result.rows.map { row in SQLRow(names: names, values: try row.map(Self.value)) }
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [any SQLBindable]) throws -> Int {
        try run(sql, arguments.map(\.sqlValue)).metadata.rows ?? 0
    }

    /// Runs `sql` with raw values (bytes included) and returns PostgreSQL's result.
    func run(_ sql: String, _ values: [SQLValue]) throws -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .text(let text): bindings.append(text)
            case .real(let number): bindings.append(number)
            case .integer(let number): bindings.append(number)
            case .blob(let bytes): bindings.append(ByteBuffer(bytes: bytes))
            }
        }
        let query = PostgresQuery(unsafeSQL: Self.numberingPlaceholders(sql), binds: bindings)
        let answer = connection.query(query, logger: logger)
        try settle()
        return try answer.wait()
    }

    /// Sends `sql` (no placeholders) without waiting for its answer; the next ``run(_:_:)`` or
    /// ``settle()`` waits for it and throws its error.
    func send(_ sql: String) {
        pending.append(connection.query(PostgresQuery(unsafeSQL: sql), logger: logger))
    }

    /// Waits for every statement sent without waiting, throwing the first one's error.
    func settle() throws {
        guard !pending.isEmpty else { return }
        let sent = pending
        pending = []
        var failure: (any Error)?
        for future in sent {
            do { _ = try future.wait() } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }

    func executeSchema(_ script: String) throws {
        for statement in Self.translatedSchema(script) {
            _ = try run(statement, [])
        }
    }

    func afterTransaction(commit: @escaping @Sendable () -> Void, rollback: @escaping @Sendable () -> Void) {
        hooks.append((commit, rollback))
    }

    /// Runs the hooks of a transaction that ended (`committed` or rolled back), once.
    func finish(committed: Bool) {
        let pending = hooks
        hooks = []
        for hook in pending { committed ? hook.commit() : hook.rollback() }
    }

    // MARK: - Dialect

    /// `sql` with each `?` outside quotes replaced by `$n`.
    static func numberingPlaceholders(_ sql: String) -> String {
        guard sql.utf8.contains(UInt8(ascii: "?")) else { return sql }
        // Byte by byte (every statement passes here): '?' and '\'' are ASCII, so UTF-8 text between them is copied as is.
        var result: [UInt8] = []
        result.reserveCapacity(sql.utf8.count + 16)
        var number = 0
        var quoted = false
        for byte in sql.utf8 {
            if byte == UInt8(ascii: "'") { quoted.toggle() }
            if byte == UInt8(ascii: "?") && !quoted {
                number += 1
                result.append(UInt8(ascii: "$"))
                result.append(contentsOf: String(number).utf8)
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The statements of a schema script written with SQLite's types, in PostgreSQL's.
    static func translatedSchema(_ script: String) -> [String] {
        let replacements: [(String, String)] = [
            (#"\bREAL\b"#, "DOUBLE PRECISION"),
            (#"\bINTEGER\b"#, "BIGINT"),
            (#"\bTEXT\b"#, #"TEXT COLLATE "C""#),
        ]
        var text = script
        for (pattern, replacement) in replacements {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// The value in column `index` of `row`.
    static func column(_ row: PostgresRow, _ index: Int) throws -> SQLValue {
        try value(row.makeRandomAccess()[index])
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .float8, .float4: return .real(try cell.decode(Double.self))
        case .int8, .int4, .int2: return .integer(try cell.decode(Int64.self))
        case .bytea:
            var buffer = try cell.decode(ByteBuffer.self)
            return .blob(buffer.readBytes(length: buffer.readableBytes) ?? [])
        case .void: return .null
        default: return .text(try cell.decode(String.self))
        }
    }
}
