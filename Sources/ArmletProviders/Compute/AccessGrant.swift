import ArmletJSON
import ArmletState
import Foundation

/// `beginGetAccess` (grant a SAS, `az disk grant-access`) and `endGetAccess` (revoke it).
///
/// Granting needs `access` (`Read` or `Write`) and `durationInSeconds`; it answers
/// `{accessSAS: "https://md-….blob.core.windows.net/…/abcd?sv=…&sig=…"}` (synthetic) and moves
/// `diskState` to `ActiveSAS` (`ActiveUpload` for a disk waiting for an upload). Revoking moves it back to
/// `Unattached` (`Reserved` when a VM still owns the disk). With `getSecureVMGuestStateSAS`, the disk of a
/// Trusted Launch or confidential VM (one with a `securityProfile.securityType`) also answers
/// `securityDataAccessSAS` for its VM guest state; Armlet keeps no VM metadata blob, so never
/// `securityMetadataAccessSAS`. A disk attached to a running VM cannot
/// be exported, and a resource still being filled by a background copy cannot either.
enum AccessGrant {
    static func begin(_ request: ResourceRequest, record: ResourceRecord, copy: CopyJob?,
                      simulation: ComputeSimulation) throws -> (body: JSONValue, output: JSONValue) {
        let data = request.body
        guard let access = data.string(at: "access") else {
            throw ComputeErrors.requiredParameterMissing("grantAccessData.access")
        }
        guard ["read", "write"].contains(access.lowercased()) else { throw ComputeErrors.invalidAccess(access) }
        guard let duration = data.int(at: "durationInSeconds") else {
            throw ComputeErrors.requiredParameterMissing("grantAccessData.durationInSeconds")
        }
        let state = record.body.string(at: "properties.diskState") ?? "Unattached"
        if state == "Attached", let vm = record.body.string(at: "managedBy") {
            throw ComputeErrors.accessWhileAttached(name: record.name, vm: vm)
        }
        if let copy, !copy.isComplete(at: request.now) {
            let kind = JSONObject.equalIgnoringCase(record.type, DiskSku.diskType) ? "disk" : "snapshot"
            throw ComputeErrors.copyInProgress(kind: kind, name: record.name,
                                               percent: copy.completionPercent(at: request.now))
        }
        var body = record.body
        let newState = state == "ReadyToUpload" && access.lowercased() == "write" ? "ActiveUpload" : "ActiveSAS"
        body.set(.string(newState), at: "properties.diskState")
        var output: JSONValue = ["accessSAS": .string(sas(access: access, duration: duration, now: request.now,
                                                          simulation: simulation))]
        // Only a Trusted Launch or confidential VM's disk has a VM guest state to export.
        if data.bool(at: "getSecureVMGuestStateSAS") == true,
           let securityType = record.body.string(at: "properties.securityProfile.securityType"), !securityType.isEmpty {
            output.set(.string(sas(access: access, duration: duration, now: request.now, simulation: simulation,
                                   blob: "vmgs")), at: "securityDataAccessSAS")
        }
        return (body, output)
    }

    static func end(record: ResourceRecord) -> JSONValue {
        var body = record.body
        let reserved = body.string(at: "managedBy") != nil
        body.set(.string(reserved ? "Reserved" : "Unattached"), at: "properties.diskState")
        return body
    }

    private static func sas(access: String, duration: Int64, now: Date, simulation: ComputeSimulation,
                            blob: String = "abcd") -> String {
        let account = token(simulation.makeIdentifier(), length: 12)
        let container = token(simulation.makeIdentifier(), length: 12)
        let signature = token(simulation.makeIdentifier(), length: 32)
        let permissions = access.lowercased() == "write" ? "rw" : "r"
        let start = ARMTime.sasFormat(now)
        let end = ARMTime.sasFormat(now.addingTimeInterval(TimeInterval(max(0, duration))))
        return "https://md-\(account).blob.core.windows.net/\(container)/\(blob)?sv=2018-03-28&sr=b"
            + "&si=\(simulation.makeIdentifier())&sig=\(signature)&st=\(start)&se=\(end)&sp=\(permissions)"
    }

    private static func token(_ identifier: String, length: Int) -> String {
        String(identifier.filter { $0 != "-" }.prefix(length))
    }
}
