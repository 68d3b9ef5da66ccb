import ArmletJSON
import Foundation

/// What a user has before replaying a REST example: the resources the example acts on
/// (preconditions, always set up) and the other resources it names (external dependencies, set up
/// only for the second replay of an example that names some).
enum RestDependencies {
    /// A resource PUT through the REST API before the example is sent.
    struct Resource: Sendable {
        /// Its id (below Armlet's default subscription).
        let id: String
        let apiVersion: String
        let body: String
    }

    static let subscription = "/subscriptions/\(TestServer.subscription)"
    static let providers = subscription + "/resourceGroups/myResourceGroup/providers"

    /// The placeholders of the examples and the real names that fill them.
    static let fill: [(String, String)] = [
        ("{existing-diskEncryptionSet-name}", "myDiskEncryptionSet"), ("{diskEncryptionSetName}", "myDiskEncryptionSet"),
        ("{existing-diskAccess-name}", "myDiskAccess"), ("{resourceGroupName}", "myResourceGroup"),
        ("{galleryName}", "myGallery"), ("{imageName}", "myImage"),
        ("{sharedGalleryUniqueName}", "\(TestServer.subscription)-myGallery"),
        ("{communityGalleryPublicGalleryName}", "myCommunityGallery-0a1b2c3d"),
        ("{publisher}", "MicrosoftWindowsServer"), ("{offer}", "WindowsServer"), ("{sku}", "2022-datacenter"),
        ("{edge-zone-id}", "microsoftlosangeles1"),
    ]

    // The other resources, as a user creates them (generic resources at real API versions).
    static let diskEncryptionSet = Resource(
        id: providers + "/Microsoft.Compute/diskEncryptionSets/myDiskEncryptionSet", apiVersion: "2024-03-02",
        body: #"{"location": "westus", "identity": {"type": "SystemAssigned"}, "properties": {"encryptionType": "# +
            #""EncryptionAtRestWithCustomerKey", "activeKey": {"keyUrl": "https://myvault.vault.azure.net/keys/mykey/1"}}}"#)
    static let diskAccess = Resource(id: providers + "/Microsoft.Compute/diskAccesses/myDiskAccess",
                                     apiVersion: "2024-03-02", body: #"{"location": "westus"}"#)
    static let platformImage = Resource(
        id: subscription + "/providers/Microsoft.Compute/Locations/westus/Publishers/MicrosoftWindowsServer/ArtifactTypes/"
            + "VMImage/Offers/WindowsServer/Skus/2022-datacenter/Versions/1.0.0",
        apiVersion: "2022-03-01", body: #"{"location": "westus"}"#)
    static let gallery = providers + "/Microsoft.Compute/galleries/myGallery"
    static let galleryImages = [
        Resource(id: gallery + "/images/myImage", apiVersion: "2023-07-03", body: #"{"location": "westus", "properties": "#
            + #"{"osType": "Windows", "osState": "Generalized", "identifier": {"publisher": "myPublisher", "offer": "#
            + #""myOffer", "sku": "mySku"}}}"#),
        Resource(id: gallery + "/images/myImage/versions/1.0.0", apiVersion: "2023-07-03",
                 body: #"{"location": "westus", "properties": {"storageProfile": {}}}"#),
    ]
    static let storageAccount = Resource(id: providers + "/Microsoft.Storage/storageAccounts/myStorageAccount",
                                         apiVersion: "2023-05-01",
                                         body: #"{"location": "westus", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}}"#)
    static let elasticSan = providers + "/Microsoft.ElasticSan/elasticSans/myElasticSan"
    static let elasticSanSnapshot = [
        Resource(id: elasticSan, apiVersion: "2023-01-01", body: #"{"location": "westus", "properties": "#
            + #"{"sku": {"name": "Premium_LRS"}, "baseSizeTiB": 1, "extendedCapacitySizeTiB": 0}}"#),
        Resource(id: elasticSan + "/volumegroups/myElasticSanVolumeGroup", apiVersion: "2023-01-01", body: "{}"),
        Resource(id: elasticSan + "/volumegroups/myElasticSanVolumeGroup/snapshots/myElasticSanVolumeSnapshot",
                 apiVersion: "2023-01-01", body: #"{"properties": {"creationData": {"sourceId": "# + "\"\(elasticSan)"
                     + #"/volumegroups/myElasticSanVolumeGroup/volumes/myVolume"}}}"#),
    ]

    /// The other resources each example names (by file name), to create for its replay with dependencies.
    static let external: [String: [Resource]] = [
        "Disk_Create_WithDiskEncryptionSet": [diskEncryptionSet],
        "Disk_Create_WithDiskAccess": [diskAccess],
        "Disk_Create_ConfidentialVMSupportedDiskEncryptedWithCMK": [diskEncryptionSet, platformImage],
        "Disk_Create_FromAPlatformImage": [platformImage],
        // The example names an offer, not an image version; the version below it is what a user can create.
        "Disk_Create_WithSecurityProfile": [Resource(
            id: subscription + "/providers/Microsoft.Compute/Locations/uswest/Publishers/Microsoft/ArtifactTypes/VMImage/"
                + "Offers/WindowsServer/Skus/2022-datacenter/Versions/1.0.0", apiVersion: "2022-03-01",
            body: #"{"location": "westus"}"#)],
        "Disk_Create_FromAnAzureComputeGalleryImage": [Resource(id: gallery, apiVersion: "2023-07-03",
                                                                 body: #"{"location": "westus"}"#)] + galleryImages,
        "Disk_Create_FromAnAzureComputeGalleryDirectSharedImage": [Resource(
            id: gallery, apiVersion: "2023-07-03",
            body: #"{"location": "westus", "properties": {"sharingProfile": {"permissions": "Groups"}}}"#)] + galleryImages,
        "Disk_Create_FromAnAzureComputeGalleryCommunityImage": [Resource(
            id: gallery, apiVersion: "2023-07-03",
            body: #"{"location": "westus", "properties": {"sharingProfile": {"permissions": "Community", "# +
                #""communityGalleryInfo": {"publisherUri": "https://contoso.com", "publisherContact": "#
                + #""pir@contoso.com", "eula": "eula", "publicNamePrefix": "myCommunityGallery", "#
                + #""publicNames": ["myCommunityGallery-0a1b2c3d"]}}}}"#)] + galleryImages,
        "Disk_Create_FromAnElasticSanVolumeSnapshot": elasticSanSnapshot,
        "Snapshot_Create_FromAnElasticSanVolumeSnapshot": elasticSanSnapshot,
        "Disk_Create_InExtendedLocation": [Resource(
            id: subscription + "/providers/Microsoft.EdgeZones/extendedZones/microsoftlosangeles1",
            apiVersion: "2024-04-01-preview", body: "{}")],
        "Disk_Create_ByImportingBlobFromADifferentSubscription": [storageAccount],
        "Disk_Create_ByImportingBlobFromTheSameSubscription": [storageAccount],
        "Disk_Create_FromImportSecure": [storageAccount],
        "Disk_Create_FromImportSecure_WithVMMetadata": [storageAccount],
        "Snapshot_Create_ByImportingAnUnmanagedBlobFromADifferentSubscription": [storageAccount],
        "Snapshot_Create_ByImportingAnUnmanagedBlobFromTheSameSubscription": [storageAccount],
        "PutDeploymentResourceGroupTemplateSpecsWithId": [
            Resource(id: subscription + "/resourceGroups/my-resource-group/providers/Microsoft.Resources/templateSpecs/"
                         + "TemplateSpec-Name", apiVersion: "2022-02-01", body: #"{"location": "westus"}"#),
            Resource(id: subscription + "/resourceGroups/my-resource-group/providers/Microsoft.Resources/templateSpecs/"
                         + "TemplateSpec-Name/versions/v1", apiVersion: "2022-02-01",
                     body: #"{"location": "westus", "properties": {"mainTemplate": {"$schema": "# +
                         #""https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "# +
                         #""contentVersion": "1.0.0.0", "resources": []}}}"#),
        ],
    ]

    /// Whether the example's deployment links its template (`templateLink`): the linked file is a
    /// dependency Armlet cannot fetch offline, so the replay with dependencies sends it inline.
    static func linksATemplate(_ example: RestExample) -> Bool {
        (try? example.document(filled: false))?["parameters"]?["parameters"]?["properties"]?["templateLink"] != nil
    }

    /// The template a user has locally in place of the example's link: one storage account.
    static let linkedTemplate: JSONValue = [
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        "contentVersion": "1.0.0.0",
        "resources": [[
            "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-05-01", "name": "armletlinked",
            "location": "[resourceGroup().location]", "kind": "StorageV2", "sku": ["name": "Standard_LRS"],
        ]],
        "outputs": ["name": ["type": "string", "value": "armletlinked"]],
    ]

    /// `parameters` with a deployment body's `templateLink` replaced by ``linkedTemplate`` inline.
    static func inliningLinkedTemplate(_ parameters: JSONValue) -> JSONValue {
        guard var top = parameters.objectValue, var body = top["parameters"]?.objectValue,
              var properties = body["properties"]?.objectValue, properties["templateLink"] != nil else { return parameters }
        properties["templateLink"] = nil
        properties["template"] = linkedTemplate
        body["properties"] = .object(properties)
        top["parameters"] = .object(body)
        return .object(top)
    }

    // The resources an example acts on, as a user would have them (preconditions).
    static let emptyDisk = #"{"location": "westus", "sku": {"name": "Standard_LRS"}, "properties": "#
        + #"{"creationData": {"createOption": "Empty"}, "diskSizeGB": 32}}"#

    /// The disk an example acts on, where the plain empty disk is not what the example starts from.
    static let targetDisk: [String: String] = [
        "Disk_Update_ChangeTier": #"{"location": "westus", "sku": {"name": "Premium_LRS"}, "properties": "#
            + #"{"creationData": {"createOption": "Empty"}, "diskSizeGB": 128}}"#,
        "Disk_CreateOrUpdate_BurstingEnabled": #"{"location": "westus", "sku": {"name": "Premium_LRS"}, "properties": "#
            + #"{"creationData": {"createOption": "Empty"}, "diskSizeGB": 1024}}"#,
        "Disk_Update_DisableBursting": #"{"location": "westus", "sku": {"name": "Premium_LRS"}, "properties": "#
            + #"{"creationData": {"createOption": "Empty"}, "diskSizeGB": 1024, "burstingEnabled": true}}"#,
        "Disk_Update_DisableOptimizedForFrequentAttach": #"{"location": "westus", "properties": "#
            + #"{"creationData": {"createOption": "Empty"}, "diskSizeGB": 32, "optimizedForFrequentAttach": true}}"#,
        "Disk_Update_RemoveDiskAccess": #"{"location": "westus", "properties": {"creationData": "#
            + #"{"createOption": "Empty"}, "diskSizeGB": 32, "networkAccessPolicy": "AllowPrivate", "diskAccessId": ""#
            + diskAccess.id + #""}}"#,
        "Disk_BeginGetAccess_WithVMGuestState": secureDisk,
        "Disk_BeginGetAccess_WithVMGuestStateAndVMMetadata": secureDisk,
    ]

    /// A confidential VM's OS disk (it has a VM guest state to export).
    static let secureDisk = #"{"location": "westus", "properties": {"osType": "Windows", "hyperVGeneration": "V2", "#
        + #""securityProfile": {"securityType": "ConfidentialVM_VMGuestStateOnlyEncryptedWithPlatformKey"}, "#
        + #""creationData": {"createOption": "FromImage", "imageReference": {"id": ""# + platformImage.id + #""}}}}"#

    /// Other resources the target of an example needs before it can be created.
    static let targetNeeds: [String: [Resource]] = [
        "Disk_Update_RemoveDiskAccess": [diskAccess],
        "Disk_BeginGetAccess_WithVMGuestState": [platformImage],
        "Disk_BeginGetAccess_WithVMGuestStateAndVMMetadata": [platformImage],
    ]

    /// Examples whose target snapshot is incremental.
    static let incrementalTargets: Set<String> = ["Snapshot_GetIncrementalSnapshot"]

    /// A snapshot of `disk`.
    static func snapshot(of disk: String, incremental: Bool) -> String {
        #"{"location": "westus", "properties": {"creationData": {"createOption": "Copy", "sourceResourceId": ""#
            + disk + #""}, "incremental": \#(incremental)}}"#
    }
}
