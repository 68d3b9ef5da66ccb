import ArmletCore

/// The refusals of a disk or snapshot that names another resource which is malformed, of the wrong
/// type, missing, or beyond what Armlet can simulate.
///
/// Public wording: `malformedId` is ARM's `LinkedInvalidPropertyId` (quoted in Azure/azure-cli#30560 and
/// Azure/azure-powershell#8045); `diskEncryptionSetNotFound` is DiskRP's (`BadRequest`, quoted in
/// Azure/azure-cli#18355); `notFound` follows DiskRP's `NotFound` "Resource x is not found." (see
/// ``ComputeErrors/sourceNotFound(name:)``) with the property as target; `platformImageUnavailable`
/// uses Compute's `PlatformImageNotFound` code. The messages saying what Armlet cannot do are Armlet's.
enum LinkedResourceErrors {
    static func malformedId(_ value: String, path: String) -> ARMError {
        ARMError(code: "LinkedInvalidPropertyId",
                 message: "Property id '\(value)' at path '\(path)' is invalid. Expect fully qualified resource Id "
                     + "that start with '/subscriptions/{subscriptionId}' or '/providers/{resourceProviderNamespace}/'.")
    }

    static func wrongType(_ value: String, property: String, expected: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                 message: "The value '\(value)' of '\(property)' is not a valid resource id of a \(expected).",
                 target: property)
    }

    static func diskEncryptionSetNotFound(_ id: String) -> ARMError {
        ARMError(code: "BadRequest", message: "DiskEncryptionSet '\(id)' was not found.")
    }

    static func notFound(_ reference: String, property: String) -> ARMError {
        ARMError(code: "NotFound", message: "Resource \(reference) is not found.", target: property, httpStatus: 404)
    }

    static func platformImageUnavailable(_ id: String, property: String) -> ARMError {
        ARMError(code: "PlatformImageNotFound",
                 message: "The platform image '\(id)' is not available. Armlet has no catalog of platform (Marketplace) "
                     + "images: create the image as a resource with this id first, or create the disk from a gallery "
                     + "image version, a disk or a snapshot.",
                 target: property, httpStatus: 404)
    }

    static func invalidGalleryImageId(_ value: String, property: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                 message: "The value '\(value)' of '\(property)' is not valid. Expected "
                     + "'/SharedGalleries/{galleryUniqueName}/Images/{imageName}/Versions/{version}' or "
                     + "'/CommunityGalleries/{publicGalleryName}/Images/{imageName}/Versions/{version}'.",
                 target: property)
    }

    static func invalidBlobUri(_ uri: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                 message: "The value '\(uri)' of 'sourceUri' is not a valid blob URI "
                     + "('https://{storageAccount}.blob.core.windows.net/{container}/{blob}').",
                 target: "creationData.sourceUri")
    }

    static func importUnsupported(_ uri: String, createOption: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                 message: "Armlet cannot read blob contents, so it cannot '\(createOption)' the blob '\(uri)': the "
                     + "service takes the size and data from the blob, and Armlet will not invent them. Use "
                     + "createOption 'Upload' (with uploadSizeBytes) or 'Empty' (with diskSizeGB) instead.",
                 target: "creationData.sourceUri")
    }

    static func edgeZoneUnavailable(_ name: String, type: String, location: String, resourceType: String,
                                    subscriptionId: String) -> ARMError {
        ARMError(code: "LocationNotAvailableForResourceType",
                 message: "The provided location '\(name) (\(location))' is not available for resource type "
                     + "'\(resourceType)'. Armlet knows no edge zones: create "
                     + "'/subscriptions/\(subscriptionId)/providers/Microsoft.EdgeZones/extendedZones/\(name)' first to "
                     + "simulate one, or leave out 'extendedLocation' (type '\(type)').",
                 target: "extendedLocation")
    }
}
