import Foundation

/// One value passed to or read from a SQL database, whichever engine keeps the state.
package enum SQLValue: Sendable, Equatable {
    case null
    case text(String)
    case real(Double)
    case integer(Int64)
    case blob([UInt8])
}

/// A Swift value that can be bound to a `?` placeholder.
package protocol SQLBindable {
    /// The value as the database receives it.
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLBindable {
    package var sqlValue: SQLValue { self }
}

extension String: SQLBindable {
    package var sqlValue: SQLValue { .text(self) }
}

extension Double: SQLBindable {
    package var sqlValue: SQLValue { .real(self) }
}

extension Int64: SQLBindable {
    package var sqlValue: SQLValue { .integer(self) }
}

extension Int: SQLBindable {
    package var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    package var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// A Swift value that can be read from a column.
package protocol SQLDecodable {
    /// The value in `value`, read from `column` (named in the error).
    /// - Throws: ``StateError`` `StateCorrupt` when the stored value has another type.
    init(sqlValue value: SQLValue, column: String) throws(StateError)
}

extension String: SQLDecodable {
    package init(sqlValue value: SQLValue, column: String) throws(StateError) {
        guard case .text(let text) = value else { throw SQLRow.mismatch(column, value, "text") }
        self = text
    }
}

extension Double: SQLDecodable {
    package init(sqlValue value: SQLValue, column: String) throws(StateError) {
        switch value {
        case .real(let number): self = number
        case .integer(let number): self = Double(number)
        default: throw SQLRow.mismatch(column, value, "a number")
        }
    }
}

extension Int64: SQLDecodable {
    package init(sqlValue value: SQLValue, column: String) throws(StateError) {
        guard case .integer(let number) = value else { throw SQLRow.mismatch(column, value, "an integer") }
        self = number
    }
}

extension Optional: SQLDecodable where Wrapped: SQLDecodable {
    package init(sqlValue value: SQLValue, column: String) throws(StateError) {
        if case .null = value {
            self = nil
        } else {
            self = try Wrapped(sqlValue: value, column: column)
        }
    }
}

/// One result row: its columns by name.
package struct SQLRow: Sendable {
    /// The column names, in the query's order.
    package let names: [String]
    /// The values, one per name.
    package let values: [SQLValue]

    /// A row of `values` named by `names`.
    package init(names: [String], values: [SQLValue]) {
        self.names = names
        self.values = values
    }

    /// The raw value of `column` (`.null` when the row has no such column).
    package subscript(column: String) -> SQLValue {
        guard let index = names.firstIndex(of: column), index < values.count else { return .null }
        return values[index]
    }

    /// The value of `column` as `T`.
    /// - Throws: ``StateError`` `StateCorrupt` when the stored value has another type.
    package func decode<T: SQLDecodable>(forColumn column: String) throws(StateError) -> T {
        try T(sqlValue: self[column], column: column)
    }

    static func mismatch(_ column: String, _ value: SQLValue, _ expected: String) -> StateError {
        StateError(code: "StateCorrupt", message: "The stored value of column '\(column)' should be \(expected) but is \(value).")
    }
}
