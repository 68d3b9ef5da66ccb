import ArmletCore
import ArmletJSON
import ArmletState
import Foundation

/// The other resources a disk or snapshot request names must exist in the state: its disk encryption
/// sets, disk access, gallery or platform image, storage account, Elastic SAN snapshot and edge zone.
///
/// `encryption`, `securityProfile` and `diskAccessId` are checked on every PUT or PATCH that sends them;
/// `creationData` and `extendedLocation` are create-only, so only on creation. An `Import` or
/// `ImportSecure` whose storage account exists is still refused: the disk's size and data come from the
/// blob, which Armlet cannot read. An edge zone must exist as a
/// `Microsoft.EdgeZones/extendedZones` resource of the subscription; Armlet knows none of its own.
/// Sources (`sourceResourceId`) are resolved by ``CreationSource``.
enum LinkedResources {
    static let extendedZoneType = "Microsoft.EdgeZones/extendedZones"

    /// Throws the first refusal of a resource `request` names; `creating` when no resource exists at its id.
    static func require(_ request: ResourceRequest, creating: Bool, in reader: any StateReader) throws {
        let body = request.body
        for reference in [LinkedReference.diskEncryptionSet, .secureVMDiskEncryptionSet, .diskAccess] {
            if let value = nonEmpty(body.string(at: reference.path)) { try reference.require(value, in: reader) }
        }
        guard creating else { return }
        if let creationData = body.value(at: "properties.creationData") {
            try requireCreationSources(creationData, request: request, in: reader)
        }
        if let zone = body["extendedLocation"], zone.objectValue != nil {
            try requireEdgeZone(zone, request: request, in: reader)
        }
    }

    private static func requireCreationSources(_ creationData: JSONValue, request: ResourceRequest,
                                               in reader: any StateReader) throws {
        try GalleryImageSource.requireImages(in: creationData, reader: reader)
        if let san = nonEmpty(creationData.string(at: "elasticSanResourceId")) {
            try LinkedReference.elasticSanSnapshot.require(san, in: reader)
        }
        let createOption = creationData.string(at: "createOption") ?? ""
        guard ["import", "importsecure"].contains(createOption.lowercased()) else { return }
        let uri = creationData.string(at: "sourceUri") ?? ""
        if let account = nonEmpty(creationData.string(at: "storageAccountId")) {
            try LinkedReference.storageAccount.require(account, in: reader)
        } else {
            try requireSameSubscriptionAccount(of: uri, subscriptionId: request.subscription.id, in: reader)
        }
        throw LinkedResourceErrors.importUnsupported(uri, createOption: createOption)
    }

    /// Without `storageAccountId` the blob's account is in the disk's subscription.
    private static func requireSameSubscriptionAccount(of uri: String, subscriptionId: String,
                                                       in reader: any StateReader) throws {
        guard let host = URL(string: uri)?.host, let dot = host.firstIndex(of: "."),
              host[dot...].lowercased().hasPrefix(".blob.") else {
            throw LinkedResourceErrors.invalidBlobUri(uri)
        }
        let account = String(host[..<dot])
        let accounts = try reader.resources(type: LinkedReference.storageAccount.type, subscriptionId: subscriptionId)
        guard accounts.contains(where: { JSONObject.equalIgnoringCase($0.name, account) }) else {
            throw LinkedResourceErrors.notFound(account, property: "creationData.sourceUri")
        }
    }

    private static func requireEdgeZone(_ zone: JSONValue, request: ResourceRequest, in reader: any StateReader) throws {
        let name = zone.string(at: "name") ?? ""
        let id = "/subscriptions/\(request.subscription.id)/providers/\(extendedZoneType)/\(name)"
        if !name.isEmpty, !name.contains("/"), try reader.resource(id: id) != nil { return }
        throw LinkedResourceErrors.edgeZoneUnavailable(name, type: zone.string(at: "type") ?? "EdgeZone",
                                                       location: request.location.map(Location.normalize) ?? "",
                                                       resourceType: ResourceID.resourceType(of: request.id),
                                                       subscriptionId: request.subscription.id)
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }
}
