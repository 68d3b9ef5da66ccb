import ArmletCLI
import ArmletTestSupport
import Foundation
import Testing

/// Every hostile template of ``HostileTemplates`` through each command that reads a template: a clean
/// exit code (0–3), the template's error on stderr for the hostile ones, and nothing deployed.
@Suite struct HostileTemplateCommandTests {
    @Test(arguments: HostileTemplates.names)
    func everyCommandExitsCleanly(name: String) throws {
        let hostile = try #require(HostileTemplates.named(name))
        let cli = try CLIHarness()
        let file = cli.stateDir + "/\(name).json"
        try hostile.text.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(cli.run(["group", "create", "-n", "rg", "-l", "westus", "-o", "none"]).status == 0)
        let commands: [[String]] = [
            ["deployment", "group", "validate", "-g", "rg", "-f", file],
            ["deployment", "group", "what-if", "-g", "rg", "-f", file, "--no-pretty-print"],
            ["deployment", "group", "create", "-g", "rg", "-f", file, "-n", "h"],
        ]
        for command in [["template", "expand", file]] + commands {
            let started = ContinuousClock.now
            let result = command[0] == "template" ? CommandRunner.capture(command) : cli.run(command)
            #expect(ContinuousClock.now - started < .seconds(30), "\(name): \(command[0...2]) was slow")
            if let fragment = hostile.expected {
                #expect(result.status == 1, "\(name) \(command[0...2]): \(result.status) \(result.stderr.prefix(300))")
                let said = result.stderr + result.stdout
                #expect(said.contains(fragment), "\(name) \(command[0...2]): \(said.prefix(400))")
            } else {
                #expect(result.status == 0, "\(name) \(command[0...2]): \(result.stderr.prefix(300))")
            }
        }
        let lint = CommandRunner.capture(["lint", file])
        #expect((0...1).contains(lint.status), "\(name) lint: \(lint.status) \(lint.stderr.prefix(300))")
        if hostile.expected != nil {
            let listed = cli.run(["disk", "list", "-g", "rg", "--query", "length(@)", "-o", "tsv"])
            #expect(listed.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "\(name): \(listed)")
        }
    }
}
