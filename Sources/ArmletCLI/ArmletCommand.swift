package import ArgumentParser

/// The `armlet` command: a local Azure Resource Manager that speaks the Azure CLI's verbs and flags.
package struct ArmletCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "armlet",
        abstract: "A local Azure Resource Manager: deploy, what-if and lint ARM templates without an Azure account.",
        discussion: """
        Armlet reads ARM templates written as JSON (comments allowed) or as YAML with the same structure.

        Examples:
          armlet template show Templates/incremental-snapshot.json
          armlet template convert Templates/incremental-snapshot.json --to yaml
          armlet group create -n disks-rg -l westus
          armlet deployment group create -g disks-rg -f Templates/premium-v2-disk.json -p diskName=data1
          armlet lint Templates
          armlet serve --port 8443

        State is kept in --state-dir, else $ARMLET_HOME, else ~/.armlet; the clock comes from \
        ARMLET_CLOCK (system, scaled:60, virtual:2026-01-01T00:00:00Z, stored, …).
        """,
        version: ArmletVersion.current,
        subcommands: [
            GroupCommand.self, DeploymentCommand.self, AccountCommand.self, TemplateCommand.self,
            DiskCommand.self, SnapshotCommand.self, LintCommand.self, ServeCommand.self, ClockCommand.self,
            StateCommand.self,
        ]
    )

    package init() {}
}

/// The version `armlet --version` prints.
package enum ArmletVersion {
    /// The semantic version of this build.
    package static let current = "0.1.0"
}
