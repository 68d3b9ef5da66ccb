import ArmletCLI
import Foundation
import Testing

/// `armlet template expand`.
@Suite struct ExpandCommandTests {
    @Test func expandsTheSeedTemplate() throws {
        let result = CommandRunner.capture(["template", "expand", TemplateCommandTests.seedJSON, "-g", "disks",
                                            "--subscription", "11111111-1111-1111-1111-111111111111", "-l", "eastus"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains(#""id": "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/disks/providers/Microsoft.Compute/snapshots/contosodisk1_snapshot1""#))
        #expect(result.stdout.contains(#""location": "eastus""#))
        #expect(result.stdout.contains(#""deploymentName": "incremental-snapshot""#))
    }

    /// One default subscription and tenant everywhere: expanding a template without a state and
    /// deploying it into a fresh one give the same resource ids.
    @Test func expandAndDeployGiveTheSameIds() throws {
        let h = try CLIHarness()
        #expect(h.run(["group", "create", "-n", "rg1", "-l", "westus", "-o", "none"]).status == 0)
        let deployed = h.run(["deployment", "group", "create", "-g", "rg1", "-f", CLIHarness.template("premium-v2-disk.json"),
                              "--parameters", "diskName=d1", "--query", "properties.outputResources[].id", "-o", "tsv"])
        #expect(deployed.status == 0)
        let id = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg1/providers/Microsoft.Compute/disks/d1"
        #expect(deployed.stdout == id + "\n")
        let expanded = CommandRunner.capture(["template", "expand", CLIHarness.template("premium-v2-disk.json"), "-g", "rg1",
                                              "--parameters", "diskName=d1"])
        #expect(expanded.status == 0)
        #expect(expanded.stdout.contains(#""id": "\#(id)""#))
        // The state's tenant is the one `tenant()` reports during expansion (ContextFunctionTests).
        #expect(h.run(["account", "show", "--query", "tenantId", "-o", "tsv"]).stdout
                == "00000000-0000-0000-0000-000000000000\n")
    }

    @Test func parametersAndNameOverrideDefaults() throws {
        let result = CommandRunner.capture(["template", "expand", TemplateCommandTests.seedJSON, "--parameters",
                                            "diskName=data7", "--name", "run1"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""name": "data7_snapshot1""#))
        #expect(result.stdout.contains(#""deploymentName": "run1""#))
    }

    @Test func expansionErrorsAreLocated() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("armlet-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "a", "dependsOn": ["nope"]}
          ]
        }
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = CommandRunner.capture(["template", "expand", file])
        #expect(result.status == 1)
        #expect(result.stderr == "ERROR: \(file):5:92: (InvalidTemplate) Deployment template validation failed: 'The resource "
                + "'nope' is not defined in the template. Please see https://aka.ms/arm-syntax for usage details.'.\n")
    }

    @Test func helpHasAnExample() {
        let result = CommandRunner.capture(["template", "expand", "--help"])
        #expect(result.stdout.contains("armlet template expand Templates/incremental-snapshot.json"))
    }
}
