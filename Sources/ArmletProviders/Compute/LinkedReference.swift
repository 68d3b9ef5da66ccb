import ArmletCore
import ArmletJSON
import ArmletState

/// One property of a disk or snapshot that holds the ARM id of another resource, e.g.
/// `encryption.diskEncryptionSetId`, and the type that resource must have.
///
/// A value that is no ARM id is ARM's `LinkedInvalidPropertyId`; an id of another type is
/// `InvalidParameter`; an id naming nothing in the state is refused by ``missing``. A missing leading
/// slash is accepted, as DiskRP's own examples write `storageAccountId` and `elasticSanResourceId`
/// without one.
struct LinkedReference {
    /// The property below `properties`, e.g. `encryption.diskEncryptionSetId` (ARM's `target`).
    let property: String
    /// The full type the id must name, e.g. `Microsoft.Compute/diskEncryptionSets`.
    let type: String
    /// The type in words, for messages: `disk encryption set`.
    let kind: String
    /// The refusal when the id names no resource in the state.
    var missing: @Sendable (_ value: String, _ property: String) -> ARMError = LinkedResourceErrors.notFound

    /// The property's path from the body's root, as ARM's linked-id check names it.
    var path: String { "properties.\(property)" }

    /// The stored resource `value` names.
    /// - Throws: the refusals listed on the type.
    @discardableResult
    func require(_ value: String, in reader: any StateReader) throws -> ResourceRecord {
        let id = try parse(value)
        guard id.isType(type) else { throw LinkedResourceErrors.wrongType(value, property: property, expected: kind) }
        guard let record = try reader.resource(id: id.description) else { throw missing(value, property) }
        return record
    }

    /// `value` as a resource id (any type).
    /// - Throws: `LinkedInvalidPropertyId` when it is none, `InvalidParameter` when it names a scope.
    func parse(_ value: String) throws -> ResourceID {
        guard let id = ResourceID(value) else { throw LinkedResourceErrors.malformedId(value, path: path) }
        guard id.kind == .resource else { throw LinkedResourceErrors.wrongType(value, property: property, expected: kind) }
        return id
    }
}

extension LinkedReference {
    static let diskEncryptionSet = LinkedReference(
        property: "encryption.diskEncryptionSetId", type: "Microsoft.Compute/diskEncryptionSets",
        kind: "disk encryption set", missing: { value, _ in LinkedResourceErrors.diskEncryptionSetNotFound(value) })
    static let secureVMDiskEncryptionSet = LinkedReference(
        property: "securityProfile.secureVMDiskEncryptionSetId", type: "Microsoft.Compute/diskEncryptionSets",
        kind: "disk encryption set", missing: { value, _ in LinkedResourceErrors.diskEncryptionSetNotFound(value) })
    static let diskAccess = LinkedReference(
        property: "diskAccessId", type: "Microsoft.Compute/diskAccesses", kind: "disk access")
    static let storageAccount = LinkedReference(
        property: "creationData.storageAccountId", type: "Microsoft.Storage/storageAccounts", kind: "storage account")
    static let elasticSanSnapshot = LinkedReference(
        property: "creationData.elasticSanResourceId", type: "Microsoft.ElasticSan/elasticSans/volumegroups/snapshots",
        kind: "Elastic SAN volume snapshot")
}
