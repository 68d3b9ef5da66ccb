import ArgumentParser
import ArmletEngine
import ArmletJSON
import ArmletState
import Foundation

/// `armlet state export|import`: Armlet's own commands (not the Azure CLI's) that move a whole
/// state — records and disk bytes — between SQLite state directories and PostgreSQL databases.
struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: "Armlet only: export a whole state to a file, or import one into an empty state.",
        discussion: """
        The state is the one --state-url (else $ARMLET_STATE_URL) names, else --state-dir's SQLite.

        Example (SQLite to PostgreSQL):
          armlet state export --file armlet-state.jsonl
          armlet state import --file armlet-state.jsonl --state-url postgresql://armlet@127.0.0.1:5432/armlet
        """,
        subcommands: [StateExportCommand.self, StateImportCommand.self]
    )
}

/// `armlet state export --file F`.
struct StateExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every record and every disk's and snapshot's bytes to a file (JSON Lines).")

    @Option(name: .long, help: "The file to write (replaced only once the export is complete).")
    var file: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try global.context()
        let temporary = file + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw AzureCLIFailure(text: "Cannot write the file '\(file)'.", exitCode: 1)
        }
        var buffer = Data()
        let summary: StateExport.Summary
        do {
            summary = try StateExport(store: context.store, blocks: context.blocks).run { line in
                buffer.append(contentsOf: line.utf8)
                buffer.append(0x0A)
                if buffer.count >= 1 << 20 {
                    try handle.write(contentsOf: buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: buffer)
            try handle.synchronize()
            try handle.close()
            if FileManager.default.fileExists(atPath: file) { try FileManager.default.removeItem(atPath: file) }
            try FileManager.default.moveItem(atPath: temporary, toPath: file)
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        Console.line(StateTransferOutput.json(summary, file: file))
    }
}

/// `armlet state import --file F`.
struct StateImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Fill an empty state from a file `armlet state export` wrote (all or nothing).")

    @Option(name: .long, help: "The file to read.")
    var file: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw AzureCLIFailure(text: "Cannot read the file '\(file)'.", exitCode: 1)
        }
        defer { try? handle.close() }
        let context = try global.context()
        var lines = LineReader(handle: handle)
        let summary = try StateImport(store: context.store, blocks: context.blocks).run { try lines.next() }
        Console.line(StateTransferOutput.json(summary, file: file))
    }
}

/// What both commands print.
enum StateTransferOutput {
    static func json(_ summary: StateExport.Summary, file: String) -> String {
        JSONWriter.write(["file": .string(file), "rows": .int(Int64(summary.rows)), "volumes": .int(Int64(summary.volumes)),
                          "bytes": .int(summary.bytes)])
    }
}

/// Lines of a file read in 1 MiB pieces (a line may be several MiB: a 4 MiB data piece in base64).
struct LineReader {
    let handle: FileHandle
    private var pending = Data()
    private var finished = false

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() throws -> String? {
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = pending[pending.startIndex..<newline]
                pending.removeSubrange(pending.startIndex...newline)
                return String(decoding: line, as: UTF8.self)
            }
            if finished {
                guard !pending.isEmpty else { return nil }
                defer { pending.removeAll() }
                return String(decoding: pending, as: UTF8.self)
            }
            if let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                pending.append(chunk)
            } else {
                finished = true
            }
        }
    }
}
