import ArmletBlocks
import ArmletEngine
import ArmletJSON
import ArmletProviders
import ArmletServer
import ArmletState
import Foundation
import HTTPTypes
import Testing

/// The page-blob data plane of `armlet serve` through the router client: SAS checks, Put Page, reads,
/// page lists and the managed-disk diff, with Storage's XML errors.
@Suite struct DataPlaneTests {
    static let group = "/subscriptions/\(TestServer.subscription)/resourceGroups/rg"
    static let mib = 1 << 20

    /// A server with a block store, a group `rg` and the engine that drives its control plane.
    struct Fixture {
        let server: TestServer
        let engine: EngineContext

        init() throws {
            server = try TestServer(blocks: true)
            engine = EngineContext(store: server.store, clock: server.clock, registry: server.services.registry,
                                   blocks: server.services.blocks)
            _ = try engine.resources.createOrUpdateGroup(name: "rg", location: "westus")
        }

        func put(_ type: String, _ name: String, _ body: JSONValue) throws {
            _ = try engine.resources.put(id: "\(DataPlaneTests.group)/providers/Microsoft.Compute/\(type)/\(name)",
                                         apiVersion: "2023-04-02", body: body)
        }

        /// Grants `access` to `type/name` and returns the SAS as a path and query.
        func grant(_ type: String, _ name: String, access: String = "Read", seconds: Int64 = 3600) throws -> String {
            let result = try engine.resources.action("beginGetAccess",
                                                     id: "\(DataPlaneTests.group)/providers/Microsoft.Compute/\(type)/\(name)",
                                                     apiVersion: "2023-04-02",
                                                     body: ["access": .string(access), "durationInSeconds": .int(seconds)])
            return pathAndQuery(result.body?["accessSAS"]?.stringValue)
        }

        func revoke(_ type: String, _ name: String) throws {
            _ = try engine.resources.action("endGetAccess",
                                            id: "\(DataPlaneTests.group)/providers/Microsoft.Compute/\(type)/\(name)",
                                            apiVersion: "2023-04-02", body: .null)
        }

        /// An Upload disk of 20 MiB + 512 bytes with a Write grant.
        func uploadDisk(_ name: String) throws -> String {
            try put("disks", name, ["location": "westus", "sku": ["name": "Standard_LRS"],
                                    "properties": ["creationData": ["createOption": "Upload",
                                                                    "uploadSizeBytes": .int(20_972_032)]]])
            return try grant("disks", name, access: "Write")
        }

        func snapshot(_ name: String, of disk: String) throws {
            try put("snapshots", name, ["location": "westus", "properties": [
                "incremental": true,
                "creationData": ["createOption": "Copy",
                                 "sourceResourceId": .string("\(DataPlaneTests.group)/providers/Microsoft.Compute/disks/\(disk)")]]])
        }
    }

    static func headers(_ pairs: [(String, String)]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs { if let key = HTTPField.Name(name) { fields[key] = value } }
        return fields
    }

    static func pattern(_ seed: Int, _ count: Int) -> [UInt8] { (0..<count).map { UInt8((seed + $0 * 7) % 251) } }

    @Test func uploadThenReadRangesAndPageList() async throws {
        let f = try Fixture()
        let sas = try f.uploadDisk("up1")
        let first = Self.pattern(1, Self.mib)
        try await f.server.test { client in
            let head = try await client.sendBytes(.head, sas).reply
            #expect(head.status == 200)
            #expect(head.header("Content-Length") == "20972032")
            #expect(head.header("x-ms-blob-type") == "PageBlob")
            let put = try await client.sendBytes(.put, sas + "&comp=page", bytes: first, headers: Self.headers([
                ("x-ms-range", "bytes=0-1048575"), ("x-ms-page-write", "update")])).reply
            #expect(put.status == 201)
            let read = try await client.sendBytes(.get, sas, headers: Self.headers([("x-ms-range", "bytes=1048000-1049599")]))
            #expect(read.reply.status == 206)
            #expect(read.reply.header("Content-Range") == "bytes 1048000-1049599/20972032")
            #expect(read.bytes == Array(first[1_048_000...]) + [UInt8](repeating: 0, count: 1024))
            let list = try await client.sendBytes(.get, sas + "&comp=pagelist").reply
            #expect(list.status == 200)
            #expect(list.header("x-ms-blob-content-length") == "20972032")
            #expect(list.text.hasSuffix("<PageList><PageRange><Start>0</Start><End>1048575</End></PageRange></PageList>"))
            let past = try await client.sendBytes(.get, sas, headers: Self.headers([("x-ms-range", "bytes=20972032-20972543")])).reply
            #expect(past.status == 416)
            #expect(past.header("x-ms-error-code") == "InvalidRange")
        }
    }

    @Test func badRangesAndHeadersAreStorageErrors() async throws {
        let f = try Fixture()
        let sas = try f.uploadDisk("up1")
        try await f.server.test { client in
            let unaligned = try await client.sendBytes(.put, sas + "&comp=page", bytes: [UInt8](repeating: 1, count: 100),
                                                       headers: Self.headers([("x-ms-range", "bytes=100-199"),
                                                                              ("x-ms-page-write", "update")])).reply
            #expect(unaligned.status == 416)
            #expect(unaligned.header("x-ms-error-code") == "InvalidPageRange")
            #expect(unaligned.text.contains("<Error><Code>InvalidPageRange</Code><Message>"))
            let short = try await client.sendBytes(.put, sas + "&comp=page", bytes: [UInt8](repeating: 1, count: 512),
                                                   headers: Self.headers([("x-ms-range", "bytes=0-1023"),
                                                                          ("x-ms-page-write", "update")])).reply
            #expect(short.status == 400)
            let noMode = try await client.sendBytes(.put, sas + "&comp=page", bytes: [UInt8](repeating: 1, count: 512),
                                                    headers: Self.headers([("x-ms-range", "bytes=0-511")])).reply
            #expect(noMode.header("x-ms-error-code") == "InvalidHeaderValue")
            let beyond = try await client.sendBytes(.put, sas + "&comp=page", bytes: [UInt8](repeating: 1, count: 1024),
                                                    headers: Self.headers([("x-ms-range", "bytes=20971520-20972543"),
                                                                           ("x-ms-page-write", "update")])).reply
            #expect(beyond.status == 416)
            let snapshots = try await client.sendBytes(.get, sas + "&comp=pagelist&prevsnapshot=2026-01-01T00:00:00Z").reply
            #expect(snapshots.status == 400)
            #expect(snapshots.header("x-ms-error-code") == "InvalidQueryParameterValue")
        }
    }

    @Test func signaturesGrantsAndExpiry() async throws {
        let f = try Fixture()
        let write = try f.uploadDisk("up1")
        try await f.server.test { client in
            let forged = write.replacingOccurrences(of: "sig=", with: "sig=AAAA")
            let denied = try await client.sendBytes(.get, forged + "&comp=pagelist").reply
            #expect(denied.status == 403)
            #expect(denied.header("x-ms-error-code") == "AuthenticationFailed")
            let otherPath = write.replacingOccurrences(of: "/abcd?", with: "/other?")
            #expect(try await client.sendBytes(.get, otherPath + "&comp=pagelist").reply.status == 403)
            let noSAS = String(write.prefix { $0 != "?" })
            #expect(try await client.sendBytes(.get, noSAS).reply.status == 403)
        }
        try f.revoke("disks", "up1")
        #expect(try f.engine.resources.get(id: "\(Self.group)/providers/Microsoft.Compute/disks/up1",
                                           apiVersion: "2023-04-02").at("properties.diskState") == "Unattached")
        let read = try f.grant("disks", "up1", seconds: 60)
        try await f.server.test { client in
            let ended = try await client.sendBytes(.get, write + "&comp=pagelist").reply
            #expect(ended.status == 403)
            #expect(ended.text.contains("has ended"))
            let readOnly = try await client.sendBytes(.put, read + "&comp=page", bytes: [UInt8](repeating: 1, count: 512),
                                                      headers: Self.headers([("x-ms-range", "bytes=0-511"),
                                                                             ("x-ms-page-write", "update")])).reply
            #expect(readOnly.status == 403)
            #expect(readOnly.header("x-ms-error-code") == "AuthorizationPermissionMismatch")
            #expect(try await client.sendBytes(.head, read).reply.status == 200)
        }
        _ = f.server.clock.advance(by: 61)
        try await f.server.test { client in
            let expired = try await client.sendBytes(.get, read + "&comp=pagelist").reply
            #expect(expired.status == 403)
            #expect(expired.text.contains("expired"))
        }
    }

    @Test func managedDiskDiffAndPutPageFromURL() async throws {
        let f = try Fixture()
        let sas = try f.uploadDisk("up1")
        try await f.server.test { client in
            for offset in [0, 8 * Self.mib] {
                let put = try await client.sendBytes(.put, sas + "&comp=page", bytes: Self.pattern(offset, Self.mib),
                                                     headers: Self.headers([("x-ms-range", "bytes=\(offset)-\(offset + Self.mib - 1)"),
                                                                            ("x-ms-page-write", "update")])).reply
                #expect(put.status == 201)
            }
        }
        try f.revoke("disks", "up1")
        try f.snapshot("s1", of: "up1")
        try f.engine.resources.writeDisk(group: "rg", name: "up1", offset: Int64(2 * Self.mib),
                                         change: .write(Self.pattern(9, Self.mib / 2)))
        try f.engine.resources.writeDisk(group: "rg", name: "up1", offset: Int64(8 * Self.mib),
                                         change: .clear(length: Int64(Self.mib / 2)))
        try f.snapshot("s2", of: "up1")
        let s1 = try f.grant("snapshots", "s1"), s2 = try f.grant("snapshots", "s2")
        let target = try f.uploadDisk("copy")
        try await f.server.test { client in
            let diff = try await client.sendBytes(.get, s2 + "&comp=pagelist", headers: Self.headers([
                ("x-ms-previous-snapshot-url", "https://127.0.0.1:8443" + s1)])).reply
            #expect(diff.status == 200)
            #expect(diff.text.hasSuffix("<PageList><PageRange><Start>2097152</Start><End>2621439</End></PageRange>"
                                        + "<ClearRange><Start>8388608</Start><End>8912895</End></ClearRange></PageList>"))
            let windowed = try await client.sendBytes(.get, s2 + "&comp=pagelist", headers: Self.headers([
                ("x-ms-previous-snapshot-url", "https://127.0.0.1:8443" + s1), ("x-ms-range", "bytes=0-4194303")])).reply
            #expect(windowed.text.hasSuffix("<PageList><PageRange><Start>2097152</Start><End>2621439</End></PageRange></PageList>"))
            let badPrevious = try await client.sendBytes(.get, s2 + "&comp=pagelist", headers: Self.headers([
                ("x-ms-previous-snapshot-url", "https://127.0.0.1:8443" + s1.replacingOccurrences(of: "sig=", with: "sig=B"))])).reply
            #expect(badPrevious.status == 403)
            let copied = try await client.sendBytes(.put, target + "&comp=page", headers: Self.headers([
                ("x-ms-range", "bytes=4194304-4718591"), ("x-ms-copy-source", "https://127.0.0.1:8443" + s2),
                ("x-ms-source-range", "bytes=2097152-2621439")])).reply
            #expect(copied.status == 201)
            let read = try await client.sendBytes(.get, target, headers: Self.headers([("x-ms-range", "bytes=4194304-4718591")]))
            #expect(read.bytes == Self.pattern(9, Self.mib / 2))
            let oldRead = try await client.sendBytes(.get, s1, headers: Self.headers([("x-ms-range", "bytes=8388608-8389119")]))
            #expect(oldRead.bytes == Array(Self.pattern(8 * Self.mib, Self.mib)[0..<512]), "s1 keeps what s2 cleared")
            let clearedRead = try await client.sendBytes(.get, s2, headers: Self.headers([("x-ms-range", "bytes=8388608-8389119")]))
            #expect(clearedRead.bytes == [UInt8](repeating: 0, count: 512))
        }
    }

    @Test func deletingASnapshotEndsItsGrantsAndKeepsWhatOthersShare() async throws {
        let f = try Fixture()
        let sas = try f.uploadDisk("up1")
        try await f.server.test { client in
            _ = try await client.sendBytes(.put, sas + "&comp=page", bytes: Self.pattern(3, Self.mib), headers: Self.headers([
                ("x-ms-range", "bytes=0-1048575"), ("x-ms-page-write", "update")]))
        }
        try f.revoke("disks", "up1")
        try f.snapshot("s1", of: "up1")
        let s1 = try f.grant("snapshots", "s1")
        _ = try f.engine.resources.delete(id: "\(Self.group)/providers/Microsoft.Compute/disks/up1", apiVersion: "2023-04-02")
        try await f.server.test { client in
            let read = try await client.sendBytes(.get, s1, headers: Self.headers([("x-ms-range", "bytes=0-1048575")]))
            #expect(read.bytes == Self.pattern(3, Self.mib), "the snapshot keeps the deleted disk's pages")
        }
        _ = try f.engine.resources.delete(id: "\(Self.group)/providers/Microsoft.Compute/snapshots/s1", apiVersion: "2023-04-02")
        let afterDelete = try await f.server.test { client in try await client.sendBytes(.head, s1).reply.status }
        #expect(afterDelete == 403)
        let stored = try f.server.services.blocks?.storedBytes()
        #expect(stored == 0, "no volume is left, so no data file either")
    }
}
