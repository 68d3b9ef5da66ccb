import ArmletBlocks
import ArmletEngine
import ArmletJSON
import ArmletProviders
import ArmletServer
import Foundation
import HTTPTypes

/// The disks' data plane at scale (issue 15): a 64 GiB disk with 1% of its pages written through
/// `armlet serve` (Put Page, 4 MiB each, over HTTPS), then ten rounds of 1% more each with an
/// incremental snapshot after every round. Prints the write and read throughput through the server,
/// the bytes the block store holds (≈ 11% of the disk, not eleven copies of it) and the time of the
/// managed-disk diff between consecutive snapshots (through the server and in the store alone).
/// Run with `--filter disk-data`; `ARMLET_BENCH_DISK_GIB` shrinks the disk for a quick look.
func diskDataPhase() async -> Bool {
    do {
        try await DiskDataRun().run()
        return true
    } catch {
        print("disk-data: FAILED: \(error)")
        return false
    }
}

private struct DiskDataRun {
    static let chunk = 4 << 20
    let gib = Int(ProcessInfo.processInfo.environment["ARMLET_BENCH_DISK_GIB"] ?? "") ?? 64

    func run() async throws {
        guard let server = try await LoadServer.start(.https).first else { throw LoadError("no server started") }
        defer { Task { try? await server.stop() } }
        guard let blocks = server.services.blocks else { throw LoadError("the server has no block store") }
        // Eleven snapshots in a few seconds: the 7-per-5-minutes limit is lifted for the benchmark.
        let simulation = ComputeSimulation(incrementalSnapshotsPerWindow: 100)
        let engine = EngineContext(store: server.services.store, clock: server.services.clock,
                                   registry: .standard(simulation: simulation, blocks: blocks), blocks: blocks)
        _ = try engine.resources.createOrUpdateGroup(name: "bench", location: "westus")
        let group = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/bench/providers/Microsoft.Compute"
        _ = try engine.resources.put(id: "\(group)/disks/d1", apiVersion: "2023-04-02", body: [
            "location": "westus", "sku": ["name": "Standard_LRS"],
            "properties": ["diskSizeGB": .int(Int64(gib)), "creationData": ["createOption": "Empty"]]])
        func grant(_ kind: String, _ name: String, _ access: String) throws -> String {
            let result = try engine.resources.action("beginGetAccess", id: "\(group)/\(kind)/\(name)",
                                                     apiVersion: "2023-04-02",
                                                     body: ["access": .string(access), "durationInSeconds": 86_400])
            let url = result.body?["accessSAS"]?.stringValue ?? ""
            return String(url[(url.range(of: "/md-")?.lowerBound ?? url.startIndex)...])
        }
        let connection = try LoadConnection.open(to: server)
        defer { Task { await connection.close() } }

        // 11 rounds of 1% each, at distinct 4 MiB slots chosen by a fixed generator.
        let slots = gib * 256
        let perRound = max(1, slots / 100)
        var generator = SplitMix(seed: 15)
        var order = Array(0..<slots)
        for index in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(index, Int(generator.next() % UInt64(index + 1)))
        }
        let payload = (0..<Self.chunk).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var writeSeconds = 0.0, written = 0
        var diffServer: [Double] = [], diffStore: [Double] = [], diffRanges = 0
        var previousSAS: String?
        var volumeIds: [String] = []
        for round in 0...10 {
            let sas = try grant("disks", "d1", "Write")
            let start = DispatchTime.now().uptimeNanoseconds
            for slot in order[(round * perRound)..<((round + 1) * perRound)] {
                let offset = slot * Self.chunk
                var headers = HTTPFields()
                headers[HTTPField.Name("x-ms-range")!] = "bytes=\(offset)-\(offset + Self.chunk - 1)"
                headers[HTTPField.Name("x-ms-page-write")!] = "update"
                let reply = try await connection.sendBytes(.put, sas + "&comp=page", bytes: payload, headers: headers)
                guard reply.status == 201 else { throw LoadError("Put Page answered \(reply.status): \(reply.text)") }
                written += Self.chunk
            }
            writeSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            _ = try engine.resources.action("endGetAccess", id: "\(group)/disks/d1", apiVersion: "2023-04-02", body: .null)
            let snapshot = try engine.resources.put(id: "\(group)/snapshots/s\(round)", apiVersion: "2023-04-02", body: [
                "location": "westus", "properties": ["incremental": true, "creationData": [
                    "createOption": "Copy", "sourceResourceId": .string("\(group)/disks/d1")]]])
            if let id = snapshot.body?["properties"]?["uniqueId"]?.stringValue { volumeIds.append(id) }
            let snapshotSAS = try grant("snapshots", "s\(round)", "Read")
            if let previousSAS {
                var headers = HTTPFields()
                headers[HTTPField.Name("x-ms-previous-snapshot-url")!] = "https://127.0.0.1:\(server.port)" + previousSAS
                let diffStart = DispatchTime.now().uptimeNanoseconds
                let reply = try await connection.sendBytes(.get, snapshotSAS + "&comp=pagelist", headers: headers)
                diffServer.append(Double(DispatchTime.now().uptimeNanoseconds - diffStart) / 1e6)
                guard reply.status == 200 else { throw LoadError("the diff answered \(reply.status)") }
                diffRanges = reply.text.components(separatedBy: "<PageRange>").count - 1
                if let new = volumeIds.last, volumeIds.count >= 2 {
                    let storeStart = DispatchTime.now().uptimeNanoseconds
                    _ = try blocks.diff(new, since: volumeIds[volumeIds.count - 2])
                    diffStore.append(Double(DispatchTime.now().uptimeNanoseconds - storeStart) / 1e6)
                }
            }
            previousSAS = snapshotSAS
        }
        // Read back the last round's slots from the newest snapshot.
        let readSAS = try grant("snapshots", "s10", "Read")
        let readStart = DispatchTime.now().uptimeNanoseconds
        var read = 0
        for slot in order[(10 * perRound)..<(11 * perRound)] {
            let offset = slot * Self.chunk
            var headers = HTTPFields()
            headers[HTTPField.Name("x-ms-range")!] = "bytes=\(offset)-\(offset + Self.chunk - 1)"
            let reply = try await connection.sendBytes(.get, readSAS, headers: headers)
            guard reply.status == 206, reply.bytes == Self.chunk else { throw LoadError("a read answered \(reply.status)") }
            read += reply.bytes
        }
        let readSeconds = Double(DispatchTime.now().uptimeNanoseconds - readStart) / 1e9
        let stored = try blocks.storedBytes()
        let disk = Double(gib) * 1_073_741_824
        diffServer.sort()
        diffStore.sort()
        print(String(format: "disk-data: %d GiB disk, 11 rounds of %d × 4 MiB (1%%), a snapshot after each", gib, perRound))
        print(String(format: "disk-data write through the server  %8.1f MB/s  (%d MiB in %.2f s)",
                     Double(written) / 1e6 / writeSeconds, written >> 20, writeSeconds))
        print(String(format: "disk-data read through the server   %8.1f MB/s  (%d MiB in %.2f s)",
                     Double(read) / 1e6 / readSeconds, read >> 20, readSeconds))
        print(String(format: "disk-data bytes stored              %8.2f GiB = %.1f%% of the disk (11 snapshots + the disk)",
                     Double(stored) / 1_073_741_824, Double(stored) / disk * 100))
        print(String(format: "disk-data diff via server (median)  %8.2f ms  (%d changed ranges; max %.2f ms)",
                     diffServer[diffServer.count / 2], diffRanges, diffServer.last ?? 0))
        print(String(format: "disk-data diff in the store (median)%8.2f ms", diffStore.isEmpty ? 0 : diffStore[diffStore.count / 2]))
    }
}

/// A small deterministic generator (SplitMix64).
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
