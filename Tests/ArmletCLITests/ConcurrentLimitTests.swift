import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

/// Azure's per-disk limits hold when separate processes race for them: the count and the insert
/// happen in one serialised write, and a snapshot another process stamped a moment "later" counts.
@Suite struct ConcurrentLimitTests {
    static let binary = SeedScriptTests.binary

    /// Runs `armlet arguments` as its own process over state `home`; returns its exit status.
    static func start(_ arguments: [String], home: String, errors: FileHandle = .nullDevice) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ARMLET_HOME"] = home
        environment["ARMLET_CLOCK"] = nil
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return process
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func tenConcurrentIncrementalSnapshotsOfOneDiskGiveExactlySeven() throws {
        for _ in 0..<2 {
            let home = Self.freshHome()
            defer { try? FileManager.default.removeItem(atPath: home) }
            try Self.setUp(["group", "create", "-n", "rg", "-l", "westus"], home: home)
            try Self.setUp(["disk", "create", "-g", "rg", "-n", "d1", "-z", "4"], home: home)
            let results = try Self.race((1...10).map {
                ["snapshot", "create", "-g", "rg", "-n", "s\($0)", "--source", "d1", "--incremental", "true"]
            }, home: home)
            let statuses = results.map(\.status)
            #expect(statuses.filter { $0 == 0 }.count == 7, "\(statuses)")
            #expect(statuses.allSatisfy { $0 == 0 || $0 == 1 }, "\(statuses)")
        }
    }

    /// Runs `arguments` to completion, expecting success.
    static func setUp(_ arguments: [String], home: String) throws {
        let process = try start(arguments + ["-o", "none"], home: home)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(arguments)")
    }

    /// Starts every argument list at once and waits for all; returns each one's status and stderr.
    static func race(_ commands: [[String]], home: String) throws -> [(status: Int32, stderr: String)] {
        let files = commands.indices.map { home + "/race-\($0).err" }
        let racers = try zip(commands, files).map { command, file in
            _ = FileManager.default.createFile(atPath: file, contents: nil)
            return try start(command + ["-o", "none"], home: home, errors: try FileHandle(forWritingTo:
                URL(fileURLWithPath: file)))
        }
        racers.forEach { $0.waitUntilExit() }
        return zip(racers, files).map { ($0.terminationStatus, (try? String(contentsOfFile: $1, encoding: .utf8)) ?? "") }
    }

    static func freshHome() -> String { NSTemporaryDirectory() + "armlet-race-" + UUID().uuidString }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func theFiveHundredSnapshotLimitHoldsUnderARace() throws {
        let home = Self.freshHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try Self.setUp(["group", "create", "-n", "rg", "-l", "westus"], home: home)
        try Self.setUp(["disk", "create", "-g", "rg", "-n", "d1", "-z", "4"], home: home)
        try Self.setUp(["snapshot", "create", "-g", "rg", "-n", "s1", "--source", "d1", "--incremental", "true"],
                       home: home)
        // 494 more of the family, as the provider stores them, dated a day earlier: 495 in all.
        let store = try SQLiteStateStore(directory: home)
        try store.write { state in
            guard let first = try state.resources(type: "Microsoft.Compute/snapshots").first else { return }
            for i in 2...495 {
                var record = first
                record.id = first.id.replacingOccurrences(of: "/s1", with: "/s\(i)")
                record.name = "s\(i)"
                record.body.set(.string(record.id), at: "id")
                record.body.set(.string(record.name), at: "name")
                record.createdTime = first.createdTime.addingTimeInterval(-86_400)
                try state.save(record)
            }
        }
        let results = try Self.race((1...10).map {
            ["snapshot", "create", "-g", "rg", "-n", "r\($0)", "--source", "d1", "--incremental", "true"]
        }, home: home)
        #expect(results.filter { $0.status == 0 }.count == 5, "\(results.map(\.status))")
        for refused in results where refused.status != 0 {
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("A total of 500 incremental snapshots"), "\(refused.stderr)")
        }
        #expect(try store.read { try $0.resources(type: "Microsoft.Compute/snapshots").count } == 500)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func oneNameOneSnapshotUnderARace() throws {
        let home = Self.freshHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try Self.setUp(["group", "create", "-n", "rg", "-l", "westus"], home: home)
        for i in 1...6 { try Self.setUp(["disk", "create", "-g", "rg", "-n", "d\(i)", "-z", "4"], home: home) }
        // Six writers, one name, six different sources: the first creates it, the others would change
        // its source, which a snapshot cannot.
        let results = try Self.race((1...6).map {
            ["snapshot", "create", "-g", "rg", "-n", "same", "--source", "d\($0)", "--incremental", "true"]
        }, home: home)
        #expect(results.filter { $0.status == 0 }.count == 1, "\(results.map(\.status))")
        for refused in results where refused.status != 0 {
            #expect(refused.stderr.contains("PropertyChangeNotAllowed"), "\(refused.stderr)")
        }
        let store = try SQLiteStateStore(directory: home)
        #expect(try store.read { try $0.resources(type: "Microsoft.Compute/snapshots").count } == 1)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func oneDeploymentNameRunsAtATime() throws {
        let home = Self.freshHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try Self.setUp(["group", "create", "-n", "rg", "-l", "westus"], home: home)
        let template = home + "/disks.json"
        try """
        {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "contentVersion": "1.0.0.0",
         "resources": [{"type": "Microsoft.Compute/disks", "apiVersion": "2023-04-02", "name": "[format('d{0}', copyIndex())]",
           "location": "westus", "copy": {"name": "disks", "count": 200}, "sku": {"name": "Standard_LRS"},
           "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}]}
        """.write(toFile: template, atomically: true, encoding: .utf8)
        let results = try Self.race((1...4).map { _ in
            ["deployment", "group", "create", "-g", "rg", "-n", "same", "-f", template]
        }, home: home)
        #expect(results.contains { $0.status == 0 })
        for refused in results where refused.status != 0 {
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("DeploymentActive"), "\(refused.stderr)")
        }
        let store = try SQLiteStateStore(directory: home)
        let record = try store.read { state in try state.deployments(scope: state.resourceGroup(
            subscriptionId: SubscriptionRecord.default.id, name: "rg")?.id ?? "").first }
        #expect(record?.provisioningState == .succeeded)
        #expect(try store.read { try $0.resources(type: "Microsoft.Compute/disks").count } == 200)
    }
}
