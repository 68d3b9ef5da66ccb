import ArgumentParser

/// The typed flags of `az disk update` / `az snapshot update` beyond the generic `--set`,
/// `--add`, `--remove` and `--sku`: each becomes `--set`-style assignments on the printed
/// (flattened) shape, applied before the generic ones.
protocol ComputeUpdateSettings: ParsableArguments {
    /// `path=value` assignments, e.g. `diskSizeGB=8`, `encryption.type=EncryptionAtRestWithPlatformKey`.
    var assignments: [String] { get }
}

/// The flags `az disk update` and `az snapshot update` share.
struct SharedUpdateFlags: ParsableArguments {
    @Option(name: .customLong("encryption-type"), help: "Encryption type.")
    var encryptionType: String?

    @Option(name: .customLong("network-access-policy"), help: "Policy for accessing the disk via network.")
    var networkAccessPolicy: String?

    @Option(name: .customLong("public-network-access"), help: "Policy for controlling export on the disk.")
    var publicNetworkAccess: String?

    var assignments: [String] {
        var result: [String] = []
        if let encryptionType { result.append("encryption.type=\(encryptionType)") }
        if let networkAccessPolicy { result.append("networkAccessPolicy=\(networkAccessPolicy)") }
        if let publicNetworkAccess { result.append("publicNetworkAccess=\(publicNetworkAccess)") }
        return result
    }
}

/// `az disk update`'s typed flags.
struct DiskUpdateSettings: ComputeUpdateSettings {
    @Option(name: [.customShort("z"), .customLong("size-gb"), .customLong("disk-size-gb")],
            help: "Size in GB. Max size: 4095 GB (certain preview disks can be larger).")
    var sizeGB: Int?

    @Option(name: .customLong("disk-iops-read-write"), help: "The number of IOPS allowed for this disk.")
    var iopsReadWrite: Int?

    @Option(name: .customLong("disk-mbps-read-write"), help: "The bandwidth allowed for this disk, in MBps.")
    var mbpsReadWrite: Int?

    @Option(name: .customLong("disk-iops-read-only"), help: "The total number of IOPS allowed across all VMs mounting the shared disk as read-only.")
    var iopsReadOnly: Int?

    @Option(name: .customLong("disk-mbps-read-only"), help: "The total throughput (MBps) allowed across all VMs mounting the shared disk as read-only.")
    var mbpsReadOnly: Int?

    @Option(name: .customLong("max-shares"), help: "The maximum number of VMs that can attach to the disk at the same time.")
    var maxShares: Int?

    @Option(name: [.customLong("bursting-enabled"), .customLong("enable-bursting")],
            help: "Enable on-demand bursting beyond the provisioned performance target of the disk.")
    var burstingEnabled: Bool?

    @OptionGroup var shared: SharedUpdateFlags

    var assignments: [String] {
        var result: [String] = []
        if let sizeGB { result.append("diskSizeGB=\(sizeGB)") }
        if let iopsReadWrite { result.append("diskIOPSReadWrite=\(iopsReadWrite)") }
        if let mbpsReadWrite { result.append("diskMBpsReadWrite=\(mbpsReadWrite)") }
        if let iopsReadOnly { result.append("diskIOPSReadOnly=\(iopsReadOnly)") }
        if let mbpsReadOnly { result.append("diskMBpsReadOnly=\(mbpsReadOnly)") }
        if let maxShares { result.append("maxShares=\(maxShares)") }
        if let burstingEnabled { result.append("burstingEnabled=\(burstingEnabled)") }
        return result + shared.assignments
    }
}

/// `az snapshot update`'s typed flags.
struct SnapshotUpdateSettings: ComputeUpdateSettings {
    @OptionGroup var shared: SharedUpdateFlags

    var assignments: [String] { shared.assignments }
}
