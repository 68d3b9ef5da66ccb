import ArgumentParser
import ArmletEngine
import ArmletJSON

/// `armlet disk create`: a managed disk, empty or copied from a disk, snapshot or blob.
struct DiskCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a managed disk.",
        discussion: """
        Without --source the disk is empty and needs --size-gb. --source takes the name or id of a \
        disk or snapshot (a name is looked up as a snapshot first, then as a disk) or a blob URI. \
        The location defaults to the resource group's.

        Examples:
          armlet disk create -g disks-rg -n data1 --size-gb 8 --sku PremiumV2_LRS --logical-sector-size 4096
          armlet disk create -g disks-rg -n restored --source snap1 --sku PremiumV2_LRS
          armlet disk create -g disks-rg -n upload1 --upload-type Upload --upload-size-bytes 20972032 --sku Standard_LRS
        """
    )

    @OptionGroup var target: ComputeNameOptions

    @Option(name: [.customShort("z"), .customLong("size-gb")], help: "Size in GB. Max size: 4095 GB (certain preview disks can be larger).")
    var sizeGB: Int64?

    @Option(name: .long, help: "Underlying storage SKU: Premium_LRS, PremiumV2_LRS, Premium_ZRS, StandardSSD_LRS, StandardSSD_ZRS, Standard_LRS, UltraSSD_LRS.")
    var sku: String = "Premium_LRS"

    @Option(name: .long, help: "Source to create the disk from: the name or id of a disk or snapshot, or a blob URI.")
    var source: String?

    @Option(name: .customLong("logical-sector-size"), help: "Logical sector size in bytes for Ultra and Premium SSD v2 disks: 512 or 4096.")
    var logicalSectorSize: Int64?

    @Option(name: .long, help: "Availability zone into which to provision the resource.")
    var zone: String?

    @Option(name: .customLong("disk-iops-read-write"), help: "The number of IOPS allowed for this disk (Ultra and Premium SSD v2).")
    var diskIOPSReadWrite: Int64?

    @Option(name: .customLong("disk-mbps-read-write"), help: "The bandwidth allowed for this disk in MB per second (Ultra and Premium SSD v2).")
    var diskMBpsReadWrite: Int64?

    @Option(name: .customLong("upload-type"), help: "Create the disk for an upload: Upload (then grant-access --access-level Write, write the pages, revoke-access).")
    var uploadType: String?

    @Option(name: .customLong("upload-size-bytes"), help: "The size of the contents to upload in bytes, including the 512-byte VHD footer: a multiple of 512 from 20972032.")
    var uploadSizeBytes: Int64?

    @Option(name: .customLong("for-upload"), help: "Deprecated: use --upload-type Upload.")
    var forUpload: BooleanArgument?

    @OptionGroup var create: ComputeCreateOptions
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        if forUpload != nil {
            global.warn("Option '--for-upload' has been deprecated and will be removed in a future release. "
                        + "Use '--upload-type Upload' instead.")
        }
        let manager = try global.context(subscription: subscription.subscription).resources
        let group = target.resourceGroup ?? ""
        let subscriptionId = try AzureErrorText.serviceErrors { try manager.currentSubscription().id }
        let location = try ComputeCreation.location(create.location, group: group, manager: manager)
        var creationData = try ComputeCreation.creationData(source: source, group: group, subscriptionId: subscriptionId,
                                                              location: location, manager: manager,
                                                              usageError: Self.sourceUsageError, copyStart: false)
        if let logicalSectorSize { creationData["logicalSectorSize"] = .int(logicalSectorSize) }
        if let upload = uploadType ?? (forUpload?.value == true ? "Upload" : nil) {
            guard source == nil else { throw AzureCLIFailure(text: "usage error: --source cannot be used with --upload-type", exitCode: 1) }
            creationData["createOption"] = .string(upload)
            if let uploadSizeBytes { creationData["uploadSizeBytes"] = .int(uploadSizeBytes) }
        }
        var properties = JSONObject([("creationData", JSONValue.object(creationData))])
        if let sizeGB { properties["diskSizeGB"] = .int(sizeGB) }
        if let diskIOPSReadWrite { properties["diskIOPSReadWrite"] = .int(diskIOPSReadWrite) }
        if let diskMBpsReadWrite { properties["diskMBpsReadWrite"] = .int(diskMBpsReadWrite) }
        if let policy = create.networkAccessPolicy { properties["networkAccessPolicy"] = .string(policy) }
        if let access = create.publicNetworkAccess { properties["publicNetworkAccess"] = .string(access) }
        var body = JSONObject([("location", JSONValue.string(location))])
        body["tags"] = .object(TagArguments.parse(create.tags))
        body["sku"] = ["name": .string(sku)]
        if let zone { body["zones"] = [.string(zone)] }
        body["properties"] = .object(properties)
        try ComputeCreation.put(id: target.resourceId(type: DiskKind.armType, subscriptionId: subscriptionId),
                                body: body, noWait: create.noWait, manager: manager, output: outputOptions,
                                table: DiskKind.createTable)
    }

    static let sourceUsageError = "usage error: --source {SNAPSHOT | DISK | RESTOREPOINT} | "
        + "--source VHD_BLOB_URI [--source-storage-account-id ID]"
}
