import ArmletTestSupport
import ArmletCLI
import Foundation
import Testing

/// `armlet lint`: exit codes, formats, failure levels, overrides and `--fix`, run in-process.
@Suite struct LintCommandTests {
    static let repository = PackagePaths.root

    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("armlet-lint-cli-\(UUID().uuidString)")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    let clean = """
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "resources": [
        { "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2026-04-01", "name": "st1", "location": "westeurope" }
      ]
    }
    """

    @Test func seedTemplateFailsWithTheAPIVersionError() {
        let seed = Self.repository.appendingPathComponent("Templates/incremental-snapshot.json").path
        let run = CommandRunner.capture(["lint", seed, "--as-of", "2026-01-15"])
        #expect(run.status == 1)
        #expect(run.stdout.contains(":19:19: error api-version-unknown: '2022-03-22' is not an API version of 'Microsoft.Compute/snapshots'. Did you mean '2022-03-02'?"))
        #expect(run.stdout.hasSuffix("1 file, 1 error, 2 warnings, 0 infos\n"))
    }

    @Test func warningsPassUnlessFailOnWarning() throws {
        let root = try folder(["t.json": clean, "t.parameters.json": #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {}}"#])
        defer { try? FileManager.default.removeItem(at: root) }
        let lenient = CommandRunner.capture(["lint", root.path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.hasSuffix("1 file, 0 errors, 1 warning, 0 infos\n"))
        #expect(CommandRunner.capture(["lint", root.path, "--fail-on", "warning"]).status == 1)
        #expect(CommandRunner.capture(["lint", root.path, "--rule", "no-hardcoded-location=error"]).status == 1)
        #expect(CommandRunner.capture(["lint", root.path, "--rule", "no-hardcoded-location=off", "--fail-on", "info"]).status == 0)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let root = try folder(["t.json": clean, "armlet.json": #"{"analyzers": {"core": {"rules": {"x": {"level": 3}}}}}"#])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(CommandRunner.capture(["lint", root.appendingPathComponent("missing.json").path]).status == 2)
        #expect(CommandRunner.capture(["lint", root.path, "--rule", "no-such-rule=error"]).status == 2)
        #expect(CommandRunner.capture(["lint", root.path, "--rule", "no-hardcoded-location"]).status == 2)
        #expect(CommandRunner.capture(["lint", root.path, "--fail-on", "off"]).status == 2)
        let badConfig = CommandRunner.capture(["lint", root.path])
        #expect(badConfig.status == 2)
        #expect(badConfig.stderr.hasPrefix("ERROR: "))
    }

    @Test func jsonAndSarifGoToStandardOutput() throws {
        let root = try folder(["t.json": clean])
        defer { try? FileManager.default.removeItem(at: root) }
        let json = CommandRunner.capture(["lint", root.path, "--format", "json"])
        #expect(json.stdout.contains("\"ruleId\": \"no-hardcoded-location\""))
        let sarif = CommandRunner.capture(["lint", root.path, "--format", "sarif"])
        #expect(sarif.stdout.contains("\"version\": \"2.1.0\""))
        #expect(sarif.stdout.contains("\"name\": \"armlet\""))
    }

    @Test func fixRewritesOnlyTheValue() throws {
        let seed = try String(contentsOf: Self.repository.appendingPathComponent("Templates/incremental-snapshot.json"), encoding: .utf8)
        let root = try folder(["seed.json": seed])
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("seed.json")
        let run = CommandRunner.capture(["lint", file.path, "--fix", "--as-of", "2026-01-15"])
        #expect(run.stdout.hasPrefix("fixed \(file.path):19:19 api-version-unknown: \"2022-03-22\" -> \"2022-03-02\"\n"))
        #expect(run.status == 0)
        let after = try String(contentsOf: file, encoding: .utf8)
        #expect(after == seed.replacingOccurrences(of: "\"2022-03-22\"", with: "\"2022-03-02\""))
    }
}
