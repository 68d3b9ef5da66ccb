import ArmletCLI
import Foundation
import Testing

/// `armlet deployment group what-if` and `create --what-if/--confirm-with-what-if` on the seed
/// workflow: the az text (pinned in `Golden/whatif/`), the JSON with `--no-pretty-print`, filters,
/// and the confirmation rules without a terminal.
@Suite struct WhatIfCommandTests {
    @Test func seedWorkflowWhatIf() throws {
        let cli = try CLIHarness()
        #expect(cli.run(["group", "create", "-n", "snapshots-rg", "-l", "westus"]).status == 0)
        #expect(cli.run(["deployment", "group", "create", "-g", "snapshots-rg", "-f",
                         CLIHarness.template("premium-v2-disk.json"), "-p", "diskName=contosodisk1"]).status == 0)
        let diskId = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/snapshots-rg/providers/"
            + "Microsoft.Compute/disks/contosodisk1"
        let snapshot = ["-g", "snapshots-rg", "-f", CLIHarness.template("incremental-snapshot.corrected.json"),
                        "--parameters", "diskName=contosodisk1", "diskResourceId=\(diskId)"]

        let before = cli.run(["deployment", "group", "what-if"] + snapshot)
        #expect(before.status == 0)
        try CLIHarness.expectGolden(before.stdout, "whatif/snapshot-create.txt")

        // --what-if shows and stops; --confirm-with-what-if without a terminal needs --yes.
        let onlyShow = cli.run(["deployment", "group", "create", "--what-if"] + snapshot)
        #expect(onlyShow.status == 0 && onlyShow.stdout == before.stdout)
        let unconfirmed = cli.run(["deployment", "group", "create", "--confirm-with-what-if"] + snapshot)
        #expect(unconfirmed.status == 1)
        #expect(unconfirmed.stderr.contains("Use --yes."))
        let confirmed = cli.run(["deployment", "group", "create", "-c", "--yes", "-o", "none"] + snapshot)
        #expect(confirmed.status == 0)
        #expect(confirmed.stdout.hasPrefix("Note: The result may contain false positive predictions (noise)."))

        // Redeploying the same template changes nothing: no false Modify.
        let after = cli.run(["deployment", "group", "what-if"] + snapshot)
        #expect(after.status == 0)
        try CLIHarness.expectGolden(after.stdout, "whatif/snapshot-nochange.txt")
        let filtered = cli.run(["deployment", "group", "what-if", "-x", "Ignore", "nochange"] + snapshot)
        #expect(filtered.stdout.hasSuffix("Resource changes: no change.\n"))
        let json = cli.run(["deployment", "group", "what-if", "--no-pretty-print", "--query", "changes[].changeType"] + snapshot)
        #expect(json.stdout == "[\n  \"NoChange\",\n  \"Ignore\"\n]\n" || json.stdout == "[\n  \"Ignore\",\n  \"NoChange\"\n]\n")
        let proceed = cli.run(["deployment", "group", "create", "-c", "--proceed-if-no-change", "-o", "none"] + snapshot)
        #expect(proceed.status == 0)
        let ids = cli.run(["deployment", "group", "what-if", "-r", "ResourceIdOnly"] + snapshot)
        #expect(ids.stdout.contains("  ! Microsoft.Compute/snapshots/contosodisk1_snapshot1\n"))
    }
}
