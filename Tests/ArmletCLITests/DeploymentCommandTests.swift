import ArmletCLI
import Foundation
import Testing

/// `armlet deployment group …` and `armlet deployment operation group list`, and the README's main
/// command (`examples/deploy-seed.sh`) step by step.
@Suite struct DeploymentCommandTests {
    /// The steps of `examples/deploy-seed.sh`, in-process.
    @Test func theSeedWorkflowDeploysAndTheDocumentedTemplateFailsPreflight() throws {
        let cli = try CLIHarness()
        #expect(cli.run(["group", "create", "-n", "snapshots-rg", "-l", "westus"]).status == 0)
        let disk = cli.run(["deployment", "group", "create", "-g", "snapshots-rg", "-f",
                            CLIHarness.template("premium-v2-disk.json"), "-p", "diskName=contosodisk1"])
        #expect(disk.status == 0)
        #expect(disk.stderr == "")
        let diskId = cli.run(["deployment", "group", "show", "-g", "snapshots-rg", "-n", "premium-v2-disk",
                              "--query", "properties.outputs.diskId.value", "-o", "tsv"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(diskId == "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/snapshots-rg/providers/"
                + "Microsoft.Compute/disks/contosodisk1")

        let snapshot = cli.run(["deployment", "group", "create", "-g", "snapshots-rg", "-n", "incremental-snapshot",
                                "-f", CLIHarness.template("incremental-snapshot.corrected.json"),
                                "--parameters", "diskName=contosodisk1", "diskResourceId=\(diskId)"])
        #expect(snapshot.status == 0)
        try CLIHarness.expectGolden(snapshot.stdout, "deploy/snapshot-create.json")

        let operations = cli.run(["deployment", "operation", "group", "list", "-g", "snapshots-rg", "-n",
                                  "incremental-snapshot"])
        #expect(operations.status == 0)
        try CLIHarness.expectGolden(operations.stdout, "deploy/snapshot-operations.json")

        let asWritten = cli.run(["deployment", "group", "create", "-g", "snapshots-rg", "-f",
                                 CLIHarness.template("incremental-snapshot.json"),
                                 "--parameters", "diskName=contosodisk1", "diskResourceId=\(diskId)"])
        #expect(asWritten.status == 1)
        #expect(asWritten.stdout == "")
        try CLIHarness.expectGolden(asWritten.stderr, "deploy/seed-as-written.txt")
        #expect(asWritten.stderr.contains("\n\nInner Errors: \n{\"code\": \"NoRegisteredProviderFound\", \"target\": \"apiVersion\""))
        #expect(asWritten.stderr.contains("Did you mean '2022-03-02'?\", \"additionalInfo\": [{\"type\": \"TemplateViolation\", "
                                          + "\"info\": {\"lineNumber\": 19, \"linePosition\": 5, \"path\": \"resources[0].apiVersion\"}}]}\n"))

        let list = cli.run(["deployment", "group", "list", "-g", "snapshots-rg", "--query", "[].name", "-o", "tsv"])
        #expect(list.stdout == "incremental-snapshot\npremium-v2-disk\n"
                || list.stdout == "premium-v2-disk\nincremental-snapshot\n")
    }

    @Test func validateShowExportAndDelete() throws {
        let cli = try CLIHarness()
        _ = cli.run(["group", "create", "-n", "rg", "-l", "westus"])
        let template = CLIHarness.template("premium-v2-disk.json")
        let validated = cli.run(["deployment", "group", "validate", "-g", "rg", "-f", template])
        #expect(validated.status == 0)
        try CLIHarness.expectGolden(validated.stdout, "deploy/disk-validate.json")
        #expect(cli.run(["group", "show", "-n", "rg"]).status == 0)
        #expect(cli.run(["deployment", "group", "show", "-g", "rg", "-n", "premium-v2-disk"]).status == 3)

        _ = cli.run(["deployment", "group", "create", "-g", "rg", "-f", template, "-n", "disk"])
        let shown = cli.run(["deployment", "group", "show", "-g", "rg", "-n", "disk", "--query",
                             "properties.{state:provisioningState, mode:mode, size:parameters.diskSizeGB}", "-o", "json"])
        #expect(shown.stdout == "{\n  \"mode\": \"Incremental\",\n  \"size\": {\n    \"type\": \"Int\",\n    \"value\": 4\n  },\n"
                + "  \"state\": \"Succeeded\"\n}\n")
        let exported = cli.run(["deployment", "group", "export", "-g", "rg", "-n", "disk"])
        #expect(exported.status == 0)
        #expect(exported.stdout == (try String(contentsOfFile: template, encoding: .utf8)))

        #expect(cli.run(["deployment", "group", "delete", "-g", "rg", "-n", "disk"]).status == 0)
        let missing = cli.run(["deployment", "group", "show", "-g", "rg", "-n", "disk"])
        #expect(missing.status == 3)
        #expect(missing.stderr == "ERROR: (DeploymentNotFound) Deployment 'disk' could not be found.\n"
                + "Code: DeploymentNotFound\nMessage: Deployment 'disk' could not be found.\n")
    }

    @Test func aFailedDeploymentPrintsTheOperationStatusAndExitsWith1() throws {
        let cli = try CLIHarness()
        _ = cli.run(["group", "create", "-n", "rg", "-l", "westus"])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("armlet-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        // The output reads a property the widget does not have: the resource deploys, the outputs fail.
        try """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2024-01-01", "name": "w", "properties": {}}],
          "outputs": {"x": {"type": "string", "value": "[reference('w').missing]"}}
        }
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = cli.run(["deployment", "group", "create", "-g", "rg", "-f", file, "-n", "bad"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(#"ERROR: {"status":"Failed","error":{"code":"DeploymentOutputEvaluationFailed","#))
        let state = cli.run(["deployment", "group", "show", "-g", "rg", "-n", "bad", "--query",
                             "properties.provisioningState", "-o", "tsv"])
        #expect(state.stdout == "Failed\n")
    }

    @Test func aMissingGroupFailsTheDeploymentWith3() throws {
        let cli = try CLIHarness()
        let result = cli.run(["deployment", "group", "create", "-g", "nope", "-f",
                              CLIHarness.template("premium-v2-disk.json")])
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("ERROR: (ResourceGroupNotFound) Resource group 'nope' could not be found."))
    }

    @Test func debugTracesToStandardError() throws {
        let cli = try CLIHarness()
        let result = cli.run(["group", "list", "--debug"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("DEBUG: state directory: \(cli.stateDir)"))
    }
}
