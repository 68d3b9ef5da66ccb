import ArgumentParser

/// `armlet disk`: managed disks, as `az disk`.
struct DiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disk",
        abstract: "Manage Azure Managed Disks.",
        discussion: """
        Example:
          armlet disk create -g disks-rg -n data1 --size-gb 8 --sku PremiumV2_LRS --logical-sector-size 4096
        """,
        subcommands: [
            DiskCreateCommand.self, ComputeShowCommand<DiskKind>.self, ComputeListCommand<DiskKind>.self,
            ComputeUpdateCommand<DiskKind>.self, ComputeDeleteCommand<DiskKind>.self,
            ComputeGrantAccessCommand<DiskKind>.self, ComputeRevokeAccessCommand<DiskKind>.self,
            ComputeWaitCommand<DiskKind>.self, DiskWriteCommand.self,
        ]
    )
}
