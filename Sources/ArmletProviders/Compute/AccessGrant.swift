import ArmletJSON
import ArmletState
import Foundation

/// `beginGetAccess` (grant a SAS, `az disk grant-access`) and `endGetAccess` (revoke it).
///
/// Granting needs `access` (`Read` or `Write`) and `durationInSeconds`; it answers
/// `{accessSAS: "https://127.0.0.1:PORT/md-…/…/abcd?sv=…&si=…&sig=…"}` — a URL to the resource's bytes on
/// `armlet serve`'s data plane (``DataPlaneGrants``) — and moves
/// `diskState` to `ActiveSAS` (`ActiveUpload` for a disk waiting for an upload). Revoking moves it back to
/// `Unattached` (`Reserved` when a VM still owns the disk). With `getSecureVMGuestStateSAS`, the disk of a
/// Trusted Launch or confidential VM (one with a `securityProfile.securityType`) also answers
/// `securityDataAccessSAS` for its VM guest state; Armlet keeps no VM metadata blob, so never
/// `securityMetadataAccessSAS`. A disk attached to a running VM cannot
/// be exported, and a resource still being filled by a background copy cannot either.
enum AccessGrant {
    static func begin(_ request: ResourceRequest, record: ResourceRecord, copy: CopyJob?,
                      simulation: ComputeSimulation,
                      in transaction: any StateTransaction) throws -> (body: JSONValue, output: JSONValue) {
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
        let write = access.lowercased() == "write"
        var body = record.body
        body.set(.string(ComputeBody.uploadStates.contains(state) && write ? "ActiveUpload" : "ActiveSAS"), at: "properties.diskState")
        func sas(blob: String = "abcd") throws -> String {
            try DataPlaneGrants.issue(resourceId: record.id, volume: (DiskVolumes.name(of: record.body) ?? record.name)
                                        + (blob == "abcd" ? "" : "-" + blob), blob: blob,
                                      size: DiskVolumes.size(of: record.body), canWrite: write, duration: duration,
                                      now: request.now, makeIdentifier: simulation.makeIdentifier, in: transaction)
        }
        var output: JSONValue = ["accessSAS": .string(try sas())]
        // Only a Trusted Launch or confidential VM's disk has a VM guest state to export.
        if data.bool(at: "getSecureVMGuestStateSAS") == true,
           let securityType = record.body.string(at: "properties.securityProfile.securityType"), !securityType.isEmpty {
            output.set(.string(try sas(blob: "vmgs")), at: "securityDataAccessSAS")
        }
        return (body, output)
    }

    static func end(record: ResourceRecord) -> JSONValue {
        var body = record.body
        let reserved = body.string(at: "managedBy") != nil
        body.set(.string(reserved ? "Reserved" : "Unattached"), at: "properties.diskState")
        return body
    }
}
