import ArmletBlocks
import ArmletEngine
import ArmletJSON
import ArmletPostgres
import ArmletState
import ArmletTestSupport
import Foundation
import Testing

/// `armlet state export|import`: a whole state moves between SQLite and PostgreSQL unchanged.
@Suite("State export and import")
struct StateTransferTests {
    /// A state with its folder (or database) kept alive.
    struct Target {
        let store: any StateStore
        let blocks: any BlockStore
        let keep: AnyObject
    }

    final class Folder: Sendable {
        let path = NSTemporaryDirectory() + "armlet-transfer-" + UUID().uuidString
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    enum Backend: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres
        var testDescription: String { rawValue }
        static var allCases: [Backend] { TestPostgres.location != nil || TestPostgres.required ? [.sqlite, .postgres] : [.sqlite] }

        func open() throws -> Target {
            switch self {
            case .sqlite:
                let folder = Folder()
                let backend = try StateBackend.open(directory: folder.path, url: nil, environment: [:])
                return Target(store: backend.store, blocks: backend.blocks, keep: folder)
            case .postgres:
                let database = try TestPostgres.Database()
                let backend = try StateBackend.open(directory: nil, url: "postgresql://\(database.location.user)@"
                    + "\(database.location.host):\(database.location.port)/\(database.location.database)", environment: [:])
                return Target(store: backend.store, blocks: backend.blocks, keep: database)
            }
        }
    }

    static let mib: Int64 = 1 << 20

    /// A group, a disk and three incremental snapshots of it holding data (each sharing the disk's pages).
    static func filled() throws -> Target {
        let source = try Backend.sqlite.open()
        let rg = "/subscriptions/\(SubscriptionRecord.default.id)/resourceGroups/rg1"
        try source.store.write { state in
            try state.save(ResourceGroupRecord(subscriptionId: SubscriptionRecord.default.id, name: "rg1", location: "westus",
                                               createdTime: Date(timeIntervalSince1970: 1_767_225_600)))
            for (index, name) in ["disk", "snap-1", "snap-2", "snap-3"].enumerated() {
                let type = index == 0 ? "Microsoft.Compute/disks" : "Microsoft.Compute/snapshots"
                let id = "\(rg)/providers/\(type)/\(name)"
                try state.save(ResourceRecord(
                    id: id, subscriptionId: SubscriptionRecord.default.id, resourceGroup: "rg1", type: type, name: name,
                    apiVersion: "2023-10-02", location: "westus",
                    body: ["id": .string(id), "name": .string(name), "properties": ["uniqueId": .string("vol-\(name)"),
                                                                                       "diskSizeGB": 1.5]],
                    etag: nil, createdTime: Date(timeIntervalSince1970: 1_767_225_600 + Double(index))))
            }
        }
        let blocks = source.blocks
        try blocks.create("vol-disk", size: 64 * mib)
        for round in 1...3 {
            try blocks.write("vol-disk", at: Int64(round) * 8 * mib, bytes: bytes(Int(mib), UInt8(round)))
            if round == 3 { try blocks.clear("vol-disk", at: 8 * mib, length: mib / 2) }
            try blocks.copy("vol-disk", to: "vol-snap-\(round)")
        }
        return source
    }

    static func bytes(_ count: Int, _ seed: UInt8) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 / 512) &+ seed } }

    static func export(_ target: Target) throws -> [String] {
        var lines: [String] = []
        _ = try StateExport(store: target.store, blocks: target.blocks).run { lines.append($0) }
        return lines
    }

    static func importing(_ lines: [String], into target: Target) throws -> StateExport.Summary {
        var iterator = lines.makeIterator()
        return try StateImport(store: target.store, blocks: target.blocks).run { iterator.next() }
    }

    @Test("export, import into each backend, export again: the same lines; shared pages stay shared",
          arguments: Backend.allCases)
    func roundTrip(backend: Backend) throws {
        let source = try Self.filled()
        let lines = try Self.export(source)
        let target = try backend.open()
        let summary = try Self.importing(lines, into: target)
        #expect(summary.volumes == 4)
        // The disk is written once; each snapshot adds only what differs from the volume before it.
        #expect(summary.bytes == 3 * Self.mib)
        #expect(try Self.export(target) == lines)
        #expect(try target.blocks.storedBytes() == 3 * Self.mib)
        #expect(try target.blocks.diff("vol-snap-3", since: "vol-snap-2")
                == PageDiff(changed: [(24 * Self.mib)..<(25 * Self.mib)], cleared: [(8 * Self.mib)..<(8 * Self.mib + Self.mib / 2)]))
        #expect(try target.blocks.read("vol-snap-2", at: 16 * Self.mib, length: Self.mib) == Self.bytes(Int(Self.mib), 2))
        let names = try target.store.read { try $0.resources(subscriptionId: SubscriptionRecord.default.id).map(\.name) }
        #expect(names == ["disk", "snap-1", "snap-2", "snap-3"])
    }

    @Test("a state in use is not imported into: StateNotEmpty, and nothing changes", arguments: Backend.allCases)
    func refusesAStateInUse(backend: Backend) throws {
        let lines = try Self.export(try Self.filled())
        let target = try backend.open()
        _ = try Self.importing(lines, into: target)
        let error = try #require(throws: StateError.self) { try Self.importing(lines, into: target) }
        #expect(error.code == "StateNotEmpty")
        #expect(try Self.export(target) == lines)
    }

    @Test("a cut-short or tampered file is refused with its line, and leaves the target empty", arguments: Backend.allCases)
    func refusesBadFiles(backend: Backend) throws {
        let lines = try Self.export(try Self.filled())
        let cut = Array(lines.dropLast())
        var tampered = lines
        tampered[3] = tampered[3].replacingOccurrences(of: "\"table\":\"subscriptions\"", with: "\"table\":\"x; DROP TABLE resources\"")
        var wrongColumn = lines
        wrongColumn[2] = #"{"table":"tenants","row":{"id_key":"a","id":"a","display_name":"a","country_code) VALUES (1); --":"x"}}"#
        for (bad, expected) in [(cut, "cut short"), (tampered, "at line 4"), (wrongColumn, "at line 3"), ([String](), "an empty file")] {
            let target = try backend.open()
            let error = try #require(throws: StateError.self) { try Self.importing(bad, into: target) }
            #expect(error.code == "InvalidStateExport")
            #expect(error.message.contains(expected))
            #expect(try target.blocks.volumes().isEmpty)
            #expect(try target.store.read { try $0.resourceGroups(subscriptionId: SubscriptionRecord.default.id) }.isEmpty)
            #expect(try target.store.read { try $0.subscriptions().count } == 1)
        }
    }

    @Test("an export from a newer Armlet is refused with StateSchemaTooNew")
    func newerFormat() throws {
        let target = try Backend.sqlite.open()
        let header = #"{"format":"armlet-state","version":1,"migrations":["v1-schema","v9-future"]}"#
        let error = try #require(throws: StateError.self) { try Self.importing([header], into: target) }
        #expect(error.code == "StateSchemaTooNew")
    }
}
