import ArmletCLI
import Foundation
import Testing

/// `wait` and `deployment group cancel` as the Azure CLI 2.91.0 answers them (checked against the
/// real CLI by scripts/client-tests/az-cli.sh).
@Suite struct WaitAndCancelCommandTests {
    @Test func waitTestsTheUnflattenedResourceAndATimeOutPrintsAnEmptyObject() throws {
        let cli = try DiskSnapshotCommandTests.withDisk()
        let met = cli.run(["disk", "wait", "-g", "rg", "-n", "d1", "--custom", "properties.provisioningState=='Succeeded'"])
        #expect(met.status == 0)
        #expect(met.stdout == "")
        // `provisioningState` sits under `properties` in what wait tests, so this never holds;
        // the CLI returns its time-out error as the result: `{}` and exit code 0.
        let timedOut = cli.run(["disk", "wait", "-g", "rg", "-n", "d1", "--custom", "provisioningState=='Succeeded'",
                                "--interval", "1", "--timeout", "1"])
        #expect(timedOut.status == 0)
        #expect(timedOut.stdout == "{}\n")
        #expect(timedOut.stderr == "")
        let missing = cli.run(["snapshot", "wait", "-g", "rg", "-n", "nope", "--updated"])
        #expect(missing.status == 3)
        #expect(missing.stderr.hasPrefix("ERROR: (ResourceNotFound) The Resource 'Microsoft.Compute/snapshots/nope'"))
    }

    @Test func aFinishedDeploymentCannotBeCancelledAndWaitSeesItCreated() throws {
        let cli = try DiskSnapshotCommandTests.withDisk()
        let template = CLIHarness.template("premium-v2-disk.json")
        #expect(cli.run(["deployment", "group", "create", "-g", "rg", "-n", "dep", "-f", template, "-o", "none"]).status == 0)
        let waited = cli.run(["deployment", "group", "wait", "-g", "rg", "-n", "dep", "--created"])
        #expect(waited.status == 0)
        #expect(waited.stdout == "")
        let message = "The deployment 'dep' cannot be cancelled: its provisioning state is 'Succeeded'. Only "
            + "deployments that are Accepted or Running can be cancelled."
        let cancelled = cli.run(["deployment", "group", "cancel", "-g", "rg", "-n", "dep"])
        #expect(cancelled.status == 1)
        #expect(cancelled.stderr == "ERROR: (DeploymentCannotBeCancelled) \(message)\n"
                + "Code: DeploymentCannotBeCancelled\nMessage: \(message)\n")
    }

    @Test func parameterValuesTheCLICannotReadFailWithItsBareMessage() throws {
        let cli = try DiskSnapshotCommandTests.withDisk()
        let result = cli.run(["deployment", "group", "create", "-g", "rg", "-f", CLIHarness.template("premium-v2-disk.json"),
                              "--parameters", "diskSizeGB=nope"])
        #expect(result.status == 1)
        #expect(result.stderr == "ERROR: invalid literal for int() with base 10: 'nope'\n")
    }
}
