import ArmletBlocks
import ArmletCore
import ArmletJSON
package import ArmletState
package import Foundation

/// Writing a disk's pages as the VM it is attached to would (`armlet disk write`, Armlet's own
/// command): what makes two snapshots of one disk differ.
///
/// Offsets and lengths are multiples of 512 and lie within the disk. A disk made for an upload takes
/// its pages through a Write SAS instead, and one still filled by a background copy cannot be written.
package enum DiskWrites {
    /// What to do at an offset: write bytes, or clear (trim) a length.
    package enum Change: Sendable {
        case write([UInt8])
        case clear(length: Int64)
    }

    /// Applies `change` at `offset` to the disk `record` at `now`.
    /// - Throws: ``ARMError`` `InvalidParameter` (alignment, range), `OperationNotAllowed` (the disk waits
    ///   for an upload, is being copied, or Armlet keeps no data), `ResourceNotFound`-style errors from the caller.
    package static func apply(_ change: Change, at offset: Int64, to record: ResourceRecord,
                              volumes: DiskVolumes?, in reader: any StateReader, now: Date) throws {
        guard JSONObject.equalIgnoringCase(record.type, DiskSku.diskType) else {
            throw ARMError(code: "InvalidParameter", message: "Only a managed disk can be written; '\(record.name)' "
                               + "is a \(record.type).", target: "name")
        }
        guard let volumes else {
            throw ARMError(code: "OperationNotAllowed", message: "This Armlet keeps no disk data (no block store).",
                           httpStatus: 409)
        }
        let state = record.body.string(at: "properties.diskState") ?? "Unattached"
        if ComputeBody.uploadStates.contains(state) {
            throw ARMError(code: "OperationNotAllowed", message: "The disk '\(record.name)' is waiting for an upload "
                               + "(diskState \(state)): write its pages through a Write SAS from grant-access, "
                               + "then revoke-access.", httpStatus: 409)
        }
        if let copy = try reader.copyJob(resourceId: record.id), !copy.isComplete(at: now) {
            throw ComputeErrors.copyInProgress(kind: "disk", name: record.name, percent: copy.completionPercent(at: now))
        }
        let size = DiskVolumes.size(of: record.body)
        let length: Int64
        switch change {
        case .write(let bytes): length = Int64(bytes.count)
        case .clear(let count): length = count
        }
        try requireRange(offset: offset, length: length, size: size)
        guard let volume = try volumes.ensure(record.body) else {
            throw ARMError(code: "OperationNotAllowed", message: "The disk '\(record.name)' has no uniqueId.",
                           httpStatus: 409)
        }
        do {
            switch change {
            case .write(let bytes): try volumes.store.write(volume, at: offset, bytes: bytes)
            case .clear(let count): try volumes.store.clear(volume, at: offset, length: count)
            }
        } catch let error as BlockStoreError {
            throw ARMError(code: error.kind == .io ? "InternalDiskManagementError" : "InvalidParameter",
                           message: error.message, httpStatus: error.kind == .io ? 500 : 400)
        }
    }

    /// Refuses a range that is not page-aligned or leaves a disk of `size` bytes.
    static func requireRange(offset: Int64, length: Int64, size: Int64) throws {
        guard offset >= 0, length > 0, offset % pageSize == 0, length % pageSize == 0 else {
            throw ARMError(code: "InvalidParameter", message: "The range of \(length) bytes at offset \(offset) is "
                               + "not valid: both must be multiples of 512 (a disk is written in 512-byte pages), "
                               + "and the length more than 0.", target: "offset")
        }
        guard offset <= size, length <= size - offset else {
            throw ARMError(code: "InvalidParameter", message: "The range of \(length) bytes at offset \(offset) "
                               + "ends beyond the disk's \(size) bytes.", target: "offset")
        }
    }
}
