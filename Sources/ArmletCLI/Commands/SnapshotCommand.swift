import ArgumentParser

/// `armlet snapshot`: point-in-time copies of managed disks, as `az snapshot`.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Manage point-in-time copies of managed disks, native blobs, or other snapshots.",
        discussion: """
        Example:
          armlet snapshot create -g disks-rg -n snap1 --source data1 --incremental true
        """,
        subcommands: [
            SnapshotCreateCommand.self, ComputeShowCommand<SnapshotKind>.self, ComputeListCommand<SnapshotKind>.self,
            ComputeUpdateCommand<SnapshotKind>.self, ComputeDeleteCommand<SnapshotKind>.self,
            ComputeGrantAccessCommand<SnapshotKind>.self, ComputeRevokeAccessCommand<SnapshotKind>.self,
            ComputeWaitCommand<SnapshotKind>.self,
        ]
    )
}
