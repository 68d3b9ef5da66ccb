import ArmletCLI
import Foundation
import Testing

/// `armlet group …` and `armlet account …`: outputs and exit codes as the Azure CLI's.
@Suite struct GroupCommandTests {
    @Test func groupLifecycle() throws {
        let cli = try CLIHarness()
        let created = cli.run(["group", "create", "-n", "rg1", "-l", "West US", "--tags", "env=dev", "team"])
        #expect(created.status == 0)
        try CLIHarness.expectGolden(created.stdout, "group/create.json")
        #expect(cli.run(["group", "exists", "-n", "rg1"]).stdout == "true\n")
        #expect(cli.run(["group", "exists", "-n", "rg2"]).stdout == "false\n")
        #expect(cli.run(["group", "show", "-n", "rg1", "--query", "location", "-o", "tsv"]).stdout == "westus\n")
        #expect(cli.run(["group", "list", "--query", "[].name", "-o", "tsv"]).stdout == "rg1\n")
        let deleted = cli.run(["group", "delete", "-n", "rg1", "--yes"])
        #expect(deleted.status == 0)
        #expect(deleted.stdout == "")
        #expect(cli.run(["group", "exists", "-n", "rg1"]).stdout == "false\n")
    }

    @Test func showingAMissingGroupExitsWith3() throws {
        let cli = try CLIHarness()
        let result = cli.run(["group", "show", "-n", "nope"])
        #expect(result.status == 3)
        #expect(result.stdout == "")
        #expect(result.stderr == "ERROR: (ResourceGroupNotFound) Resource group 'nope' could not be found.\n"
                + "Code: ResourceGroupNotFound\nMessage: Resource group 'nope' could not be found.\n")
        #expect(cli.run(["group", "delete", "-n", "nope", "--yes"]).status == 3)
    }

    @Test func aGroupCannotMove() throws {
        let cli = try CLIHarness()
        _ = cli.run(["group", "create", "-n", "rg1", "-l", "westus"])
        let result = cli.run(["group", "create", "-n", "rg1", "-l", "eastus"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("ERROR: (InvalidResourceGroupLocation) Invalid resource group location 'eastus'."))
    }

    @Test func missingArgumentsExitWith2() throws {
        let cli = try CLIHarness()
        #expect(cli.run(["group", "create", "-n", "rg1"]).status == 2)
    }

    @Test func accountShowListAndSet() throws {
        let cli = try CLIHarness()
        let shown = cli.run(["account", "show"])
        #expect(shown.status == 0)
        try CLIHarness.expectGolden(shown.stdout, "account/show.json")
        #expect(cli.run(["account", "list", "--query", "[].isDefault", "-o", "tsv"]).stdout == "true\n")
        let set = cli.run(["account", "set", "--subscription", "Armlet Local Subscription"])
        #expect(set.status == 0)
        #expect(set.stdout == "")
        let missing = cli.run(["account", "set", "-s", "nope"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "ERROR: The subscription of 'nope' doesn't exist in cloud 'AzureCloud'.\n")
        let other = cli.run(["group", "list", "--subscription", "nope"])
        #expect(other.status == 3)
    }

    @Test func helpHasExamples() {
        for command in [["group", "create"], ["group", "delete"], ["account", "set"], ["deployment", "group", "create"],
                        ["deployment", "operation", "group", "list"]] {
            let help = CommandRunner.capture(command + ["--help"])
            #expect(help.stdout.contains("armlet " + command.joined(separator: " ")), "\(command)")
        }
    }
}
