import ArmletCore
import ArmletState
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is applying a deployment: the host and process that took it, kept in the store's settings
/// while the deployment runs. A second deployment of the same name at the same scope while the holder
/// is alive is refused with `DeploymentActive`, as ARM refuses it; a holder that died (a `kill -9`,
/// a crashed server) leaves a lease another run may take over, so a rerun still converges.
struct DeploymentLease: Equatable {
    let host: String
    let process: Int32

    /// This process's lease.
    static let current = DeploymentLease(host: ProcessInfo.processInfo.hostName,
                                         process: ProcessInfo.processInfo.processIdentifier)

    static func key(_ deploymentId: String) -> SettingKey {
        SettingKey(rawValue: "engine.deploymentLease." + deploymentId.lowercased())
    }

    init(host: String, process: Int32) {
        self.host = host
        self.process = process
    }

    /// The lease as stored (`host|pid`); nil when the text is not one.
    init?(stored text: String) {
        guard let bar = text.lastIndex(of: "|"), let pid = Int32(text[text.index(after: bar)...]) else { return nil }
        host = String(text[..<bar])
        process = pid
    }

    var stored: String { "\(host)|\(process)" }

    /// Whether the holder may still be running: always for another host (it cannot be asked), else
    /// whether the process exists.
    var holderIsAlive: Bool {
        guard host == Self.current.host else { return true }
        if process == Self.current.process { return true }
        return kill(process, 0) == 0 || errno == EPERM
    }

    /// Takes the lease of `record`'s deployment in `state`, refusing with `DeploymentActive` when the
    /// previous deployment of that name (`previous`) is still being applied by a live holder.
    static func acquire(for deploymentId: String, previous: DeploymentRecord?, in state: any StateTransaction) throws {
        let key = key(deploymentId)
        if let previous, !previous.provisioningState.isTerminal,
           let holder = try state.setting(key).flatMap(DeploymentLease.init(stored:)), holder.holderIsAlive {
            throw ARMError.deploymentActive(previous.name, since: ARMFormat.timestamp(previous.timestamp))
        }
        try state.setSetting(key, to: current.stored)
    }

    /// Gives the lease back.
    static func release(_ deploymentId: String, in state: any StateTransaction) throws {
        try state.setSetting(key(deploymentId), to: nil)
    }
}
