import ArmletCLI
import Foundation
import Testing

/// `armlet disk …` and `armlet snapshot …`: happy paths, and bad input with the Azure CLI's
/// messages and exit codes.
@Suite struct DiskSnapshotCommandTests {
    /// A harness with group `rg` (westus) and a 4096-byte Premium SSD v2 disk `d1` of 8 GiB.
    static func withDisk() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(cli.run(["group", "create", "-n", "rg", "-l", "westus", "-o", "none"]).status == 0)
        let created = cli.run(["disk", "create", "-g", "rg", "-n", "d1", "-z", "8", "--sku", "PremiumV2_LRS",
                               "--logical-sector-size", "4096", "--tags", "env=dev",
                               "--query", "[name, location, sku.name, diskSizeGB, creationData.createOption, tags.env]",
                               "-o", "tsv"])
        #expect(created.status == 0)
        #expect(created.stdout == "d1\nwestus\nPremiumV2_LRS\n8\nEmpty\ndev\n")
        return cli
    }

    @Test func diskShowListUpdateDelete() throws {
        let cli = try Self.withDisk()
        #expect(cli.run(["disk", "show", "-g", "rg", "-n", "d1", "--query", "resourceGroup", "-o", "tsv"]).stdout == "rg\n")
        #expect(cli.run(["disk", "list", "-g", "rg", "--query", "[].name", "-o", "tsv"]).stdout == "d1\n")
        #expect(cli.run(["snapshot", "list", "--query", "length(@)"]).stdout == "0\n")
        #expect(cli.run(["disk", "list", "-g", "rg", "--query", "length(@)"]).stdout == "1\n")
        let updated = cli.run(["disk", "update", "-g", "rg", "-n", "d1", "--set", "tags.env=prod", "diskSizeGB=16",
                               "--query", "[tags.env, diskSizeGB]", "-o", "tsv"])
        #expect(updated.status == 0)
        #expect(updated.stdout == "prod\n16\n")
        let refused = cli.run(["disk", "delete", "-g", "rg", "-n", "d1"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "WARNING: Unable to prompt for confirmation as no tty available. Use --yes.\n"
            + "ERROR: Operation cancelled.\n")
        #expect(cli.run(["disk", "delete", "-g", "rg", "-n", "d1", "--yes"]).status == 0)
        #expect(cli.run(["disk", "wait", "-g", "rg", "-n", "d1", "--deleted"]).status == 0)
        #expect(cli.run(["disk", "show", "-g", "rg", "-n", "d1"]).status == 3)
    }

    @Test func snapshotCreateFromNameAndAccess() throws {
        let cli = try Self.withDisk()
        let created = cli.run(["snapshot", "create", "-g", "rg", "-n", "s1", "--source", "d1", "--incremental", "true",
                               "--query", "[incremental, sku.name, creationData.createOption, creationData.logicalSectorSize]",
                               "-o", "tsv"])
        #expect(created.status == 0)
        #expect(created.stdout == "true\nStandard_LRS\nCopy\n4096\n")
        // Nothing was written to the disk: the snapshot's background copy has nothing to move and is done.
        let early = cli.run(["snapshot", "grant-access", "-g", "rg", "-n", "s1", "--duration-in-seconds", "60"])
        #expect(early.status == 0)
        let listed = cli.run(["snapshot", "list", "-g", "rg", "--query", "[?incremental].name", "-o", "tsv"])
        #expect(listed.stdout == "s1\n")
        #expect(cli.run(["snapshot", "update", "-g", "rg", "-n", "s1", "--set", "tags.k=v", "-o", "none"]).status == 0)
        #expect(cli.run(["snapshot", "delete", "-g", "rg", "-n", "s1"]).status == 0)
        #expect(cli.run(["snapshot", "wait", "-g", "rg", "-n", "s1", "--deleted"]).status == 0)
    }

    @Test func grantAndRevokeAccessOnADisk() throws {
        let cli = try Self.withDisk()
        let granted = cli.run(["disk", "grant-access", "-g", "rg", "-n", "d1", "--duration-in-seconds", "3600",
                               "--query", "keys(@)", "-o", "tsv"])
        #expect(granted.status == 0)
        #expect(granted.stdout == "accessSAS\n")
        #expect(cli.run(["disk", "show", "-g", "rg", "-n", "d1", "--query", "diskState", "-o", "tsv"]).stdout == "ActiveSAS\n")
        #expect(cli.run(["disk", "revoke-access", "-g", "rg", "-n", "d1"]).status == 0)
        #expect(cli.run(["disk", "show", "-g", "rg", "-n", "d1", "--query", "diskState", "-o", "tsv"]).stdout == "Unattached\n")
    }

    @Test func missingDiskExitsWith3() throws {
        let cli = try Self.withDisk()
        let message = "The Resource 'Microsoft.Compute/disks/x' under resource group 'rg' was not found. "
            + "For more details please go to https://aka.ms/ARMResourceNotFoundFix"
        let shown = cli.run(["disk", "show", "-g", "rg", "-n", "x"])
        #expect(shown.status == 3)
        #expect(shown.stderr == "ERROR: (ResourceNotFound) \(message)\nCode: ResourceNotFound\nMessage: \(message)\n")
        // A --source that is neither a snapshot nor a disk is the command's usage error (exit 1).
        let source = cli.run(["snapshot", "create", "-g", "rg", "-n", "s", "--source", "x"])
        #expect(source.status == 1)
        #expect(source.stderr == "ERROR: usage error: --source {SNAPSHOT | DISK} | --source VHD_BLOB_URI "
                + "[--source-storage-account-id ID]\n")
        let diskSource = cli.run(["disk", "create", "-g", "rg", "-n", "d9", "--source", "x"])
        #expect(diskSource.status == 1)
        #expect(diskSource.stderr.hasPrefix("ERROR: usage error: --source {SNAPSHOT | DISK | RESTOREPOINT} | "))
        let group = cli.run(["disk", "list", "-g", "nope"])
        #expect(group.status == 3)
        #expect(group.stderr.hasPrefix("ERROR: (ResourceGroupNotFound) Resource group 'nope' could not be found.\n"))
    }

    static let referenceTail = "\nhttps://aka.ms/cli_ref\nRead more about the command in reference docs\n"

    /// Azure CLI 2.91.0's words and exit codes (see also UsageErrorGoldenTests).
    @Test(arguments: [
        (["disk", "list", "--foo"], 2, "ERROR: the following arguments are required: --resource-group/-g\n" + referenceTail),
        (["snapshot", "create", "-n", "s"], 2, """
            ERROR: the following arguments are required: --resource-group/-g

            Examples from command's help:
            az snapshot create -g MyResourceGroup -n MySnapshot --source https://vhd1234.blob.core.windows.net/vhds/osdisk1234.vhd
            Create a snapshot by importing from a blob uri.

            az snapshot create -g MyResourceGroup -n MySnapshot --size-gb 10
            Create an empty snapshot.

            az snapshot create -g MyResourceGroup -n MySnapshot2 --source MyDisk
            Create a snapshot by copying an existing disk in the same resource group.

            """ + referenceTail),
        (["disk", "show", "-n", "d1"], 1, "ERROR: InvalidArgumentValue: Missing required field: --resource-group\n"),
        (["disk", "list", "-o", "xml"], 2,
         "ERROR: az disk list: 'xml' is not a valid value for '--output'. Allowed values: json, jsonc, yaml, yamlc, table, tsv, none.\n"
            + referenceTail),
        (["snapshot", "wait", "-g", "rg", "-n", "s"], 1,
         "ERROR: incorrect usage: --created | --updated | --deleted | --exists | --custom JMESPATH\n"),
    ])
    func badArgumentsFailAsAzDoes(arguments: [String], status: Int32, stderr: String) throws {
        let cli = try CLIHarness()
        let result = cli.run(arguments)
        #expect(result.status == status)
        #expect(result.stderr == stderr)
    }

    @Test func malformedQueryExitsWith2() throws {
        let cli = try CLIHarness()
        let result = cli.run(["disk", "list", "--query", "[?"])
        #expect(result.status == 2)
        #expect(result.stderr == "ERROR: argument --query: invalid jmespath_type value: '[?'\n"
            + "To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'\n")
    }

    @Test(arguments: ["disk", "snapshot"].flatMap { group in
        ["create", "show", "list", "update", "delete", "grant-access", "revoke-access", "wait"].map { [group, $0] }
    })
    func everyCommandHasHelpWithAnExample(path: [String]) {
        let result = CommandRunner.capture(path + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("armlet \(path[0]) "))
        #expect(result.stdout.contains("USAGE:"))
    }
}
