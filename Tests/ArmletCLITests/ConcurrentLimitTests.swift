import Foundation
import Testing

/// Azure's per-disk limits hold when separate processes race for them: the count and the insert
/// happen in one serialised write, and a snapshot another process stamped a moment "later" counts.
@Suite struct ConcurrentLimitTests {
    static let binary = SeedScriptTests.binary

    /// Runs `armlet arguments` as its own process over state `home`; returns its exit status.
    static func start(_ arguments: [String], home: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ARMLET_HOME"] = home
        environment["ARMLET_CLOCK"] = nil
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func tenConcurrentIncrementalSnapshotsOfOneDiskGiveExactlySeven() throws {
        for _ in 0..<2 {
            let home = NSTemporaryDirectory() + "armlet-race-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: home) }
            for setup in [["group", "create", "-n", "rg", "-l", "westus", "-o", "none"],
                          ["disk", "create", "-g", "rg", "-n", "d1", "-z", "4", "-o", "none"]] {
                let process = try Self.start(setup, home: home)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
            let racers = try (1...10).map {
                try Self.start(["snapshot", "create", "-g", "rg", "-n", "s\($0)", "--source", "d1",
                                "--incremental", "true", "-o", "none"], home: home)
            }
            racers.forEach { $0.waitUntilExit() }
            let statuses = racers.map(\.terminationStatus)
            #expect(statuses.filter { $0 == 0 }.count == 7, "\(statuses)")
            #expect(statuses.allSatisfy { $0 == 0 || $0 == 1 }, "\(statuses)")
        }
    }
}
