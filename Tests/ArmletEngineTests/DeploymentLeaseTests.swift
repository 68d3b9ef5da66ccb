import ArmletCore
@testable import ArmletEngine
import ArmletJSON
import ArmletState
import Foundation
import Testing

/// A deployment name is held while its deployment runs: a second deployment of that name is refused
/// with `DeploymentActive` while the holder lives, and may take over once the holder is gone.
@Suite struct DeploymentLeaseTests {
    static let empty = """
    {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
     "contentVersion": "1.0.0.0", "resources": []}
    """

    /// Marks deployment `main` as still running, held by `lease`.
    static func markRunning(_ h: EngineHarness, lease: DeploymentLease) throws {
        try h.context.store.write { state in
            guard var record = try state.deployment(scope: h.groupId, name: "main") else { return }
            record.provisioningState = .running
            try state.save(record)
            try state.setSetting(DeploymentLease.key(record.id), to: lease.stored)
        }
    }

    @Test func aRunningDeploymentOfALiveHolderIsNotReplaced() throws {
        let h = try EngineHarness()
        let first = try h.deploy(Self.empty)
        #expect(first.record.provisioningState == .succeeded)
        // This process holds it (as a server applying one request while another arrives).
        try Self.markRunning(h, lease: .current)
        let error = try #require(throws: ARMError.self) { try h.deploy(Self.empty) }
        #expect(error.code == "DeploymentActive" && error.httpStatus == 409)
        #expect(error.message.contains("Unable to edit or replace deployment 'main'"))
        #expect(try h.context.deployments.deployment(at: .resourceGroup("rg"), name: "main").record.provisioningState
                == .running)
        // Another name is free.
        #expect(try h.deploy(Self.empty, name: "other").record.provisioningState == .succeeded)
    }

    @Test func aDeadHoldersLeaseIsTakenOver() throws {
        let h = try EngineHarness()
        _ = try h.deploy(Self.empty)
        // A process that has exited (as after kill -9): its pid no longer exists.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        try Self.markRunning(h, lease: DeploymentLease(host: DeploymentLease.current.host,
                                                       process: process.processIdentifier))
        let rerun = try h.deploy(Self.empty)
        #expect(rerun.record.provisioningState == .succeeded)
        // The finished run gives the name back.
        let key = DeploymentLease.key(rerun.record.id)
        #expect(try h.context.store.read { try $0.setting(key) } == nil)
    }

    @Test func aFinishedDeploymentIsReplaced() throws {
        let h = try EngineHarness()
        _ = try h.deploy(Self.empty)
        // A stale lease left beside a finished record does not block.
        try h.context.store.write { state in
            guard let record = try state.deployment(scope: h.groupId, name: "main") else { return }
            try state.setSetting(DeploymentLease.key(record.id), to: DeploymentLease.current.stored)
        }
        #expect(try h.deploy(Self.empty).record.provisioningState == .succeeded)
    }

    @Test func leasesRoundTrip() {
        let lease = DeploymentLease(host: "build|agent", process: 42)
        #expect(DeploymentLease(stored: lease.stored) == lease)
        #expect(DeploymentLease(stored: "nonsense") == nil)
        #expect(DeploymentLease(host: "elsewhere.example", process: 1).holderIsAlive)
    }
}
