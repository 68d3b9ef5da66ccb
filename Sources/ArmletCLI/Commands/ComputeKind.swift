import ArgumentParser
import ArmletJSON

/// Which managed-disk resource type a shared `disk`/`snapshot` command acts on.
///
/// The `az disk` and `az snapshot` groups have the same verbs; their commands are written once,
/// generic over this protocol, and registered under each group with its own names and examples.
protocol ComputeKind: Sendable {
    /// The typed flags of this kind's `update` command.
    associatedtype UpdateSettings: ComputeUpdateSettings
    /// The ARM type, e.g. `Microsoft.Compute/disks`.
    static var armType: String { get }
    /// The word the CLI uses in help and messages: `disk` or `snapshot`.
    static var noun: String { get }
    /// The command group name: `disk` or `snapshot`.
    static var group: String { get }
    /// A name to use in help examples.
    static var exampleName: String { get }
    /// Whether `list` needs `--resource-group` (`az disk list` does; `az snapshot list` does not).
    static var listNeedsResourceGroup: Bool { get }
    /// The CLI's table transformers for `show`, `list` and `create` (nil: automatic columns).
    static var showTable: TableTransformer? { get }
    static var listTable: TableTransformer? { get }
    static var createTable: TableTransformer? { get }
}

extension ComputeKind {
    static var showTable: TableTransformer? { nil }
    static var listTable: TableTransformer? { nil }
    static var createTable: TableTransformer? { nil }
}

/// `az disk`: `Microsoft.Compute/disks`.
enum DiskKind: ComputeKind {
    typealias UpdateSettings = DiskUpdateSettings
    static let armType = "Microsoft.Compute/disks"
    static let noun = "disk"
    static let group = "disk"
    static let exampleName = "data1"
    static let listNeedsResourceGroup = true
    static var showTable: TableTransformer? { .diskShow }
    static var listTable: TableTransformer? { .diskList }
    static var createTable: TableTransformer? { .diskCreate }
}

/// `az snapshot`: `Microsoft.Compute/snapshots`.
enum SnapshotKind: ComputeKind {
    typealias UpdateSettings = SnapshotUpdateSettings
    static let armType = "Microsoft.Compute/snapshots"
    static let noun = "snapshot"
    static let group = "snapshot"
    static let exampleName = "snap1"
    static let listNeedsResourceGroup = false
}

/// Facts shared by the disk and snapshot commands.
enum ComputeAPI {
    /// The Compute (DiskRP) API version the Azure CLI uses for disks and snapshots.
    static let version = "2025-01-02"
}
