import ArgumentParser
import ArmletEngine
import ArmletJSON

/// `armlet snapshot create`: a full or incremental snapshot of a disk or snapshot.
struct SnapshotCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a snapshot.",
        discussion: """
        --source takes the name or id of a disk or snapshot (a name is looked up as a snapshot \
        first, then as a disk) or a blob URI. A source in another region is copied with CopyStart. \
        The SKU defaults to Standard_LRS and the location to the resource group's. Snapshots of \
        Premium SSD v2 and Ultra disks fill in the background: watch completionPercent.

        Examples:
          armlet snapshot create -g disks-rg -n snap1 --source data1 --incremental true
          armlet snapshot wait -g disks-rg -n snap1 --custom "properties.completionPercent==`100`"
        """
    )

    @OptionGroup var target: ComputeNameOptions

    @Option(name: .long, help: "Source to create the snapshot from: the name or id of a disk or snapshot, or a blob URI.")
    var source: String?

    @Option(name: .long, help: "Whether a snapshot is incremental (true or false).")
    var incremental: BooleanArgument?

    @Option(name: [.customShort("z"), .customLong("size-gb")], help: "Size in GB.")
    var sizeGB: Int64?

    @Option(name: .long, help: "Underlying storage SKU: Premium_LRS, Standard_LRS, Standard_ZRS.")
    var sku: String = "Standard_LRS"

    @Option(name: .customLong("copy-start"),
            help: "Create the snapshot by a deep copy, complete only once all data is copied (true or false).")
    var copyStart: BooleanArgument?

    @OptionGroup var create: ComputeCreateOptions
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let manager = try global.context(subscription: subscription.subscription).resources
        let group = target.resourceGroup ?? ""
        let subscriptionId = try AzureErrorText.serviceErrors { try manager.currentSubscription().id }
        let location = try ComputeCreation.location(create.location, group: group, manager: manager)
        let creationData = try ComputeCreation.creationData(source: source, group: group, subscriptionId: subscriptionId,
                                                              location: location, manager: manager,
                                                              usageError: Self.sourceUsageError,
                                                              copyStart: copyStart?.value
                                                                  ?? ((incremental?.value ?? false) ? nil : false))
        var properties = JSONObject([("creationData", JSONValue.object(creationData))])
        if let sizeGB { properties["diskSizeGB"] = .int(sizeGB) }
        if let incremental { properties["incremental"] = .bool(incremental.value) }
        if let policy = create.networkAccessPolicy { properties["networkAccessPolicy"] = .string(policy) }
        if let access = create.publicNetworkAccess { properties["publicNetworkAccess"] = .string(access) }
        var body = JSONObject([("location", JSONValue.string(location))])
        body["tags"] = .object(TagArguments.parse(create.tags))
        body["sku"] = ["name": .string(sku)]
        body["properties"] = .object(properties)
        try ComputeCreation.put(id: target.resourceId(type: SnapshotKind.armType, subscriptionId: subscriptionId),
                                body: body, noWait: create.noWait, manager: manager, output: outputOptions)
    }

    static let sourceUsageError =
        "usage error: --source {SNAPSHOT | DISK} | --source VHD_BLOB_URI [--source-storage-account-id ID]"
}

/// A `true`/`false` argument as the Azure CLI's three-state booleans accept it (`true`, `false`,
/// `yes`, `no`, `1`, `0`, any case).
struct BooleanArgument: ExpressibleByArgument {
    let value: Bool

    init?(argument: String) {
        switch argument.lowercased() {
        case "true", "yes", "1", "on", "enable": value = true
        case "false", "no", "0", "off", "disable": value = false
        default: return nil
        }
    }

    static var allValueStrings: [String] { ["false", "true"] }
}
