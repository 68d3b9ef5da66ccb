import ArmletJSON
import Foundation
import Testing

/// `armlet deployment sub|mg|tenant` and the refusals a user meets first, as the command line prints them.
@Suite struct ScopeDeploymentCommandTests {
    @Test func aSubscriptionDeploymentLeavesTheGroupTheDiskOutputsAndOperations() throws {
        let cli = try CLIHarness()
        let created = cli.run(["deployment", "sub", "create", "-l", "westus", "-f",
                               CLIHarness.template("subscription-group-and-disk.json"), "--query", "properties.outputs"])
        #expect(created.status == 0, "\(created.stderr)")
        let outputs = try JSONReader.value(created.stdout)
        #expect(outputs["diskId"]?["value"]?.stringValue?.hasSuffix("/resourceGroups/disks-rg/providers/Microsoft.Compute/disks/contosodisk1") == true)
        #expect(cli.run(["group", "show", "-n", "disks-rg", "--query", "location", "-o", "tsv"]).stdout == "westus\n")
        #expect(cli.run(["disk", "show", "-g", "disks-rg", "-n", "contosodisk1", "--query", "diskSizeGB", "-o", "tsv"]).stdout == "4\n")
        let operations = cli.run(["deployment", "operation", "sub", "list", "-n", "subscription-group-and-disk",
                                  "--query", "[].properties.targetResource.resourceType", "-o", "tsv"])
        #expect(operations.stdout == "Microsoft.Resources/resourceGroups\nMicrosoft.Resources/deployments\n")
        let shown = cli.run(["deployment", "sub", "show", "-n", "subscription-group-and-disk", "-o", "json"])
        let json = try JSONReader.value(shown.stdout)
        #expect(json["location"] == "westus")
        #expect(json.objectValue?["resourceGroup"] == nil)
        let whatIf = cli.run(["deployment", "sub", "what-if", "-l", "westus", "-f",
                              CLIHarness.template("subscription-group-and-disk.json"), "-p", "diskSizeGB=8"])
        #expect(whatIf.stdout.contains("~ properties.diskSizeGB: 4 => 8"))
        #expect(whatIf.stdout.contains("= resourceGroups/disks-rg"))
    }

    @Test func aTenantDeploymentCreatesAManagementGroupAndAnMGDeploymentUsesIt() throws {
        let cli = try CLIHarness()
        let template = CLIHarness.root.appendingPathComponent("scripts/client-tests/templates/management-group.json").path
        let created = cli.run(["deployment", "tenant", "create", "-l", "westus", "-f", template, "-p", "mgName=mg1",
                               "--query", "properties.outputs.mgId.value", "-o", "tsv"])
        #expect(created.stdout == "/providers/Microsoft.Management/managementGroups/mg1\n", "\(created.stderr)")
        let again = cli.run(["deployment", "tenant", "what-if", "-l", "westus", "-f", template, "-p", "mgName=mg1"])
        #expect(again.stdout.contains("Resource changes: 1 no change."), "\(again.stdout)")
        let inMG = CLIHarness.root.appendingPathComponent("scripts/client-tests/templates/mg-tags.json").path
        let mg = cli.run(["deployment", "mg", "create", "-m", "mg1", "-l", "westus", "-f", inMG,
                          "--query", "properties.outputs.mg.value", "-o", "tsv"])
        #expect(mg.stdout == "mg1\n", "\(mg.stderr)")
        #expect(cli.run(["deployment", "mg", "list", "-m", "mg1", "--query", "[].name", "-o", "tsv"]).stdout == "mg-tags\n")
    }

    @Test func theLocationIsRequiredOutsideAGroup() throws {
        let cli = try CLIHarness()
        let run = cli.run(["deployment", "sub", "create", "-f", CLIHarness.template("subscription-group-and-disk.json")])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("ERROR: the following arguments are required: --location/-l"))
        let mg = cli.run(["deployment", "mg", "create", "-m", "nope", "-l", "westus", "-f",
                          CLIHarness.template("subscription-group-and-disk.json")])
        #expect(mg.status == 1)
        #expect(mg.stderr.hasPrefix(#"ERROR: {"code": "ManagementGroupNotFound""#))
    }

    @Test func badDiskNamesAndUnknownVersionsAreRefused() throws {
        let cli = try CLIHarness()
        #expect(cli.run(["group", "create", "-n", "rg1", "-l", "westus"]).status == 0)
        let bad = cli.run(["disk", "create", "-g", "rg1", "-n", "bad$name", "-z", "4"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("InvalidParameter") && bad.stderr.contains("disk.name"))
        #expect(cli.run(["disk", "list", "-g", "rg1", "--query", "length(@)"]).stdout == "0\n")
    }
}
