import ArmletTestSupport
import ArmletCLI
import Foundation
import Testing

/// The `armlet template ...` commands, run in-process with captured output.
@Suite struct TemplateCommandTests {
    static let root = PackagePaths.root
    static let seedJSON = root.appendingPathComponent("Templates/incremental-snapshot.json").path
    static let seedYAML = root.appendingPathComponent("Templates/incremental-snapshot.yaml").path

    @Test func convertsTheSeedTemplateToYAMLAsCommitted() throws {
        let result = CommandRunner.capture(["template", "convert", Self.seedJSON, "--to", "yaml"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == (try String(contentsOfFile: Self.seedYAML, encoding: .utf8)))
    }

    @Test func yamlConvertsBackToTheSameJSON() throws {
        let fromYAML = CommandRunner.capture(["template", "convert", Self.seedYAML, "--to", "json"])
        let fromJSON = CommandRunner.capture(["template", "convert", Self.seedJSON, "--to", "json"])
        #expect(fromYAML.status == 0)
        #expect(fromYAML.stdout == fromJSON.stdout)
        #expect(fromYAML.stdout.hasPrefix("{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#\",\n"))
    }

    @Test func convertWritesAnOutFile() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("armlet-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = CommandRunner.capture(["template", "convert", Self.seedJSON, "--to", "yaml", "--out-file", out])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == String(contentsOfFile: Self.seedYAML, encoding: .utf8))
    }

    @Test func missingFileIsAnErrorWithExitCode1() {
        let result = CommandRunner.capture(["template", "show", "/nonexistent/t.json"])
        #expect(result.status == 1)
        #expect(result.stderr == "ERROR: (FileNotFound) Could not read the file '/nonexistent/t.json': it does not exist or is not readable.\n")
    }

    @Test func syntaxErrorsAreLocated() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("armlet-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("{\n  \"a\": 1\n  \"b\": 2\n}".utf8).write(to: URL(fileURLWithPath: path))
        let result = CommandRunner.capture(["template", "convert", path, "--to", "yaml"])
        #expect(result.status == 1)
        #expect(result.stderr == "ERROR: \(path):3:3: (InvalidTemplate) Expected ',' or '}' after the value of property 'a' but found '\"' (a missing comma?) at line 3 column 3.\n")
    }

    @Test func badArgumentsExitWith2() {
        let missing = CommandRunner.capture(["template", "convert", Self.seedJSON])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("ERROR: the following arguments are required: --to"))
        let badValue = CommandRunner.capture(["template", "convert", Self.seedJSON, "--to", "xml"])
        #expect(badValue.status == 2)
        #expect(badValue.stderr.hasPrefix("ERROR: "))
        let unknown = CommandRunner.capture(["template", "frobnicate"])
        #expect(unknown.status == 2)
    }

    @Test func helpAndVersionSucceed() {
        let help = CommandRunner.capture(["template", "convert", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("armlet template convert Templates/incremental-snapshot.json --to yaml"))
        let version = CommandRunner.capture(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
    }
}
