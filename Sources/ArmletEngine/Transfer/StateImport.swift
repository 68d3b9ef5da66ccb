package import ArmletBlocks
import ArmletJSON
package import ArmletState
import Foundation

/// `armlet state import`: fills an empty state (SQLite or PostgreSQL) from a ``StateExport`` file.
///
/// The target must hold no resource group, resource, deployment or volume: an import never merges
/// into or overwrites a state in use. The volumes are written first, then every table row in one
/// write transaction; when anything fails — a cut-short file, a bad line, a refused row — the volumes
/// made so far are deleted and the transaction rolls back, so the target is left as it was.
package struct StateImport {
    let store: any StateStore
    let blocks: (any BlockStore)?

    /// An import into `store` and `blocks`.
    package init(store: any StateStore, blocks: (any BlockStore)?) {
        self.store = store
        self.blocks = blocks
    }

    /// Reads the export's lines from `next` (nil at the end) and fills the state.
    /// - Throws: `StateError` `InvalidStateExport` (with the line), `StateNotEmpty`, `StateSchemaTooNew`,
    ///   or the store's errors.
    package func run(_ next: () throws -> String?) throws -> StateExport.Summary {
        guard let tables = store as? any SQLTableStore else {
            throw StateError(code: "StateImportUnsupported", message: "This state store cannot be imported into.")
        }
        try checkEmpty(tables)
        var created: [String] = []
        do {
            let (rows, summary) = try read(next, created: &created)
            try tables.withSQL(write: true) { session in
                for table in StateSchema.tables.reversed() { try session.execute("DELETE FROM \(table.name)", []) }
                for (table, row) in rows {
                    let columns = row.names.joined(separator: ", ")
                    let marks = Array(repeating: "?", count: row.names.count).joined(separator: ", ")
                    try session.execute("INSERT INTO \(table) (\(columns)) VALUES (\(marks))", row.values)
                }
            }
            return summary
        } catch {
            for volume in created.reversed() { try? blocks?.delete(volume) }
            throw error
        }
    }

    private func checkEmpty(_ tables: any SQLTableStore) throws {
        let used = try tables.withSQL(write: false) { session in
            try ["resource_groups", "resources", "deployments"].contains { table in
                try !session.rows("SELECT 1 AS used FROM \(table) LIMIT 1").isEmpty
            }
        }
        let volumes = try blocks?.volumes() ?? []
        if used || !volumes.isEmpty {
            throw StateError(code: "StateNotEmpty", message: """
                The target state already holds resource groups, resources, deployments or disk data; import into a \
                new state (a new --state-dir, or an empty PostgreSQL database for --state-url).
                """)
        }
    }

    /// Parses every line, writing volumes as they come and keeping the rows for the transaction.
    private func read(_ next: () throws -> String?, created: inout [String])
        throws -> (rows: [(String, SQLRow)], summary: StateExport.Summary) {
        let columnsOf = Dictionary(uniqueKeysWithValues: StateSchema.tables.map { ($0.name, $0) })
        var rows: [(String, SQLRow)] = []
        var summary = StateExport.Summary()
        var number = 0
        var ended = false
        while let text = try next() {
            number += 1
            if text.isEmpty { continue }
            guard !ended else { throw StateTransferFormat.invalid("text after the end record", line: number) }
            let record: JSONValue
            do { record = try JSONReader.value(text) } catch { throw StateTransferFormat.invalid("a line that is not JSON", line: number) }
            if number == 1 {
                try checkHeader(record)
                continue
            }
            if let table = record["table"]?.stringValue {
                guard columnsOf[table] != nil, case .object(let members)? = record["row"],
                      members.keys.allSatisfy(Self.isColumnName) else {
                    throw StateTransferFormat.invalid("the row of table '\(table)'", line: number)
                }
                rows.append((table, SQLRow(names: Array(members.keys), values: try members.values.map(StateTransferFormat.value))))
                summary.rows += 1
            } else if let volume = record["volume"]?.stringValue {
                try apply(record, to: volume, created: &created, summary: &summary, line: number)
            } else if record["end"] == .bool(true) {
                guard record["rows"]?.intValue == Int64(summary.rows), record["volumes"]?.intValue == Int64(summary.volumes)
                else { throw StateTransferFormat.invalid("the end record's counts (lines are missing)", line: number) }
                ended = true
            } else {
                throw StateTransferFormat.invalid("a record of unknown kind", line: number)
            }
        }
        guard number > 0 else { throw StateTransferFormat.invalid("an empty file") }
        guard ended else { throw StateTransferFormat.invalid("a file without its end record (cut short)") }
        return (rows, summary)
    }

    private func checkHeader(_ record: JSONValue) throws {
        guard record["format"]?.stringValue == StateTransferFormat.name,
              case .array(let migrations)? = record["migrations"] else {
            throw StateTransferFormat.invalid("the first line (the header)", line: 1)
        }
        guard record["version"]?.intValue == StateTransferFormat.version,
              migrations.allSatisfy({ $0.stringValue.map(StateSchema.identifiers.contains) ?? false }) else {
            throw StateError(code: "StateSchemaTooNew", message: """
                The state export was written by a newer Armlet (format or schema unknown to this version); \
                upgrade Armlet to import it.
                """)
        }
    }

    private func apply(_ record: JSONValue, to volume: String, created: inout [String],
                       summary: inout StateExport.Summary, line: Int) throws {
        guard let blocks else { throw StateTransferFormat.invalid("disk data for a state without a block store", line: line) }
        do {
            if let size = record["size"]?.intValue {
                if let base = record["base"]?.stringValue {
                    try blocks.copy(base, to: volume)
                    if try blocks.size(of: volume) < size { try blocks.resize(volume, to: size) }
                } else {
                    try blocks.create(volume, size: size)
                }
                created.append(volume)
                summary.volumes += 1
            } else if case .array(let bounds)? = record["clear"], bounds.count == 2,
                      let start = bounds[0].intValue, let end = bounds[1].intValue, start <= end {
                try blocks.clear(volume, at: start, length: end - start)
            } else if let offset = record["offset"]?.intValue, let encoded = record["data"]?.stringValue,
                      let data = Data(base64Encoded: encoded) {
                try blocks.write(volume, at: offset, bytes: [UInt8](data))
                summary.bytes += Int64(data.count)
            } else {
                throw StateTransferFormat.invalid("the record of volume '\(volume)'", line: line)
            }
        } catch let error as BlockStoreError {
            throw StateTransferFormat.invalid("volume '\(volume)' (\(error.message))", line: line)
        }
    }

    private static func isColumnName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }
    }
}
