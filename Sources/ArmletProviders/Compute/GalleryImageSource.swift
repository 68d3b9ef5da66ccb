import ArmletCore
import ArmletJSON
import ArmletState

/// The image a disk is created from (`creationData.imageReference` or `galleryImageReference`): a
/// gallery image version by ARM id, a directly shared one (`sharedGalleryImageId`), a community one
/// (`communityGalleryImageId`), or, for `imageReference.id`, a platform (Marketplace) image.
///
/// A shared gallery is a view of a stored `Microsoft.Compute/galleries` whose unique name
/// (`properties.identifier.uniqueName`, else `{subscriptionId}-{galleryName}` as Azure forms it)
/// matches; a community gallery one whose `sharingProfile.communityGalleryInfo.publicNames` lists the
/// name. Armlet has no platform image catalog, so a platform image must exist in the state.
enum GalleryImageSource {
    static let versionType = "Microsoft.Compute/galleries/images/versions"
    static let galleryType = "Microsoft.Compute/galleries"
    static let managedImageType = "Microsoft.Compute/images"

    /// Checks every image the members `imageReference` and `galleryImageReference` of `creationData` name.
    static func requireImages(in creationData: JSONValue, reader: any StateReader) throws {
        for member in ["imageReference", "galleryImageReference"] {
            guard let reference = creationData[member], reference.objectValue != nil else { continue }
            if let id = reference.string(at: "id") {
                try requireImage(id, property: "creationData.\(member).id", allowsPlatform: member == "imageReference",
                                 in: reader)
            }
            if let shared = reference.string(at: "sharedGalleryImageId") {
                try requireShared(shared, property: "creationData.\(member).sharedGalleryImageId", community: false,
                                  in: reader)
            }
            if let community = reference.string(at: "communityGalleryImageId") {
                try requireShared(community, property: "creationData.\(member).communityGalleryImageId", community: true,
                                  in: reader)
            }
        }
    }

    private static func requireImage(_ value: String, property: String, allowsPlatform: Bool,
                                     in reader: any StateReader) throws {
        let reference = LinkedReference(property: property, type: versionType, kind: "gallery image version")
        let id = try reference.parse(value)
        if try reader.resource(id: id.description) != nil { return }
        if id.isType(versionType) || (allowsPlatform && id.isType(managedImageType)) {
            throw LinkedResourceErrors.notFound(value, property: property)
        }
        if allowsPlatform, id.type.lowercased().hasPrefix("microsoft.compute/locations/publishers") {
            throw LinkedResourceErrors.platformImageUnavailable(value, property: property)
        }
        throw LinkedResourceErrors.wrongType(value, property: property,
                                             expected: allowsPlatform ? "platform or gallery image" : "gallery image version")
    }

    /// `/SharedGalleries/{name}/Images/{image}/Versions/{version}` or the `CommunityGalleries` form.
    private static func requireShared(_ value: String, property: String, community: Bool,
                                      in reader: any StateReader) throws {
        let parts = value.split(separator: "/").map(String.init)
        let root = community ? "CommunityGalleries" : "SharedGalleries"
        guard parts.count == 6, same(parts[0], root), same(parts[2], "Images"), same(parts[4], "Versions") else {
            throw LinkedResourceErrors.invalidGalleryImageId(value, property: property)
        }
        let galleries = try reader.resources(type: galleryType).filter {
            community ? publicNames(of: $0).contains { same($0, parts[1]) } : uniqueNames(of: $0).contains { same($0, parts[1]) }
        }
        for gallery in galleries where try reader.resource(id: "\(gallery.id)/images/\(parts[3])/versions/\(parts[5])") != nil {
            return
        }
        throw LinkedResourceErrors.notFound(value, property: property)
    }

    private static func uniqueNames(of gallery: ResourceRecord) -> [String] {
        [gallery.body.string(at: "properties.identifier.uniqueName"), "\(gallery.subscriptionId)-\(gallery.name)"]
            .compactMap { $0 }
    }

    private static func publicNames(of gallery: ResourceRecord) -> [String] {
        (gallery.body.value(at: "properties.sharingProfile.communityGalleryInfo.publicNames")?.arrayValue ?? [])
            .compactMap(\.stringValue)
    }

    private static func same(_ a: String, _ b: String) -> Bool { JSONObject.equalIgnoringCase(a, b) }
}
