import ArgumentParser
import ArmletCore
import ArmletEngine

/// `-g/--resource-group` and `-n/--name`, or `--ids`: which disks or snapshots a command acts on.
struct ComputeTargetOptions: ParsableArguments {
    @Option(name: [.customShort("g"), .customLong("resource-group")],
            help: "Name of resource group. You can configure the default group using `az configure --defaults group=<name>`.")
    var resourceGroup: String?

    @Option(name: [.customShort("n"), .long], help: "The name of the disk or snapshot.")
    var name: String?

    @Option(name: .long, parsing: .upToNextOption,
            help: "One or more resource IDs (space-delimited). If provided, no other 'Resource Id' arguments should be specified.")
    var ids: [String] = []

    /// Without `--ids`, `-n` then `-g` must be given; the Azure CLI's (aaz) validator words it
    /// `InvalidArgumentValue: Missing required field: -n` and exits with 1.
    func validate() throws {
        guard ids.isEmpty else { return }
        if name == nil { throw ValidationError("InvalidArgumentValue: Missing required field: -n") }
        if resourceGroup == nil { throw ValidationError("InvalidArgumentValue: Missing required field: --resource-group") }
    }

    /// The resource ids meant, in `subscriptionId` for `-g`/`-n`.
    ///
    /// Each `--ids` entry is read as the CLI reads it: its subscription, group and name fill in
    /// `--subscription`, `-g` and `-n`, and the command's own type is used whatever type the id
    /// names (`az snapshot show --ids <disk id>` asks for a snapshot of that name).
    func resourceIds(type: String, subscriptionId: String) -> [String] {
        if !ids.isEmpty {
            return ids.map { text in
                guard let id = ResourceID(text), id.kind == .resource || id.kind == .extensionResource,
                      let subscription = id.subscriptionId, let group = id.resourceGroup,
                      let target = ResourceID.resourceGroup(subscriptionId: subscription, name: group)
                        .appending(type: type, name: id.name) else { return text }
                return target.description
            }
        }
        guard let resourceGroup, let name else { return [] }
        return [ResourceID.resourceGroup(subscriptionId: subscriptionId, name: resourceGroup)
            .appending(type: type, name: name)?.description
            ?? "/subscriptions/\(subscriptionId)/resourceGroups/\(resourceGroup)/providers/\(type)/\(name)"]
    }
}

/// `-g/--resource-group` and `-n/--name`, both required (the `create` commands).
struct ComputeNameOptions: ParsableArguments {
    @Option(name: [.customShort("g"), .customLong("resource-group")], help: "Name of resource group.")
    var resourceGroup: String?

    @Option(name: [.customShort("n"), .long], help: "The name of the disk or snapshot.")
    var name: String?

    func validate() throws {
        var missing: [String] = []
        if name == nil { missing.append("--name/-n") }
        if resourceGroup == nil { missing.append("--resource-group/-g") }
        if !missing.isEmpty {
            throw ValidationError("the following arguments are required: " + missing.joined(separator: ", "))
        }
    }

    /// The id of the named resource of `type` in `subscriptionId`.
    func resourceId(type: String, subscriptionId: String) -> String {
        "/subscriptions/\(subscriptionId)/resourceGroups/\(resourceGroup ?? "")/providers/\(type)/\(name ?? "")"
    }
}

/// `-l/--location`, `--tags`, `--sku`, `--no-wait`: what both `create` commands take.
struct ComputeCreateOptions: ParsableArguments {
    @Option(name: [.customShort("l"), .long],
            help: "Location. Values from: `az account list-locations`. Default: the resource group's location.")
    var location: String?

    @Option(name: .long, parsing: .upToNextOption,
            help: "Space-separated tags: key[=value] [key[=value] ...]. Use \"\" to clear existing tags.")
    var tags: [String] = []

    @Flag(name: .customLong("no-wait"), help: "Do not wait for the long-running operation to finish.")
    var noWait = false

    @Option(name: .customLong("network-access-policy"),
            help: "Policy for accessing the disk via network: AllowAll, AllowPrivate, DenyAll.")
    var networkAccessPolicy: String?

    @Option(name: .customLong("public-network-access"), help: "Public network access: Disabled, Enabled.")
    var publicNetworkAccess: String?
}
