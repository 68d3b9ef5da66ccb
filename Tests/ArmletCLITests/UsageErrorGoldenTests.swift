import ArmletCLI
import Foundation
import Testing

/// Bad command lines print what the real `az` prints: the same standard error, byte for byte, and the
/// same exit code. The cases are `Golden/usage-errors/cases.txt`; the goldens (`NNN.txt`) were
/// recorded from Azure CLI 2.91.0 by `scripts/client-tests/az-usage-errors.sh`, never from Armlet.
@Suite struct UsageErrorGoldenTests {
    /// One recorded invocation.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The 1-based number of the case among `cases.txt`'s non-comment lines (`NNN.txt`).
        var number: Int
        /// The words after `az`.
        var words: [String]

        var testDescription: String { String(format: "%03d az ", number) + words.joined(separator: " ") }
    }

    static let directory = CLIHarness.golden.appendingPathComponent("usage-errors")

    /// Cases az answers with something Armlet cannot reproduce, and why.
    static let skipped: [Int: String] = [
        11: "`az group list --tag` (no value) passes the parser, then needs a login (exit 1); "
            + "Armlet has neither --tag nor a login.",
        37: "`az disk delete -n d` asks for confirmation before the aaz validators run "
            + "(WARNING: Unable to prompt … / ERROR: Operation cancelled.); Armlet checks -g while parsing.",
    ]

    static let cases: [Case] = {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("cases.txt"), encoding: .utf8)
        else { return [] }
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        return lines.enumerated().map { index, line in
            Case(number: index + 1, words: line.split(separator: " ").map(String.init))
        }
    }()

    /// `NNN.txt`: the exit code and standard error az printed for `number`.
    static func golden(_ number: Int) throws -> (command: String, status: Int32, stderr: String) {
        let url = directory.appendingPathComponent(String(format: "%03d.txt", number))
        let text = try String(contentsOf: url, encoding: .utf8)
        let parts = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        let status = parts.count > 1 ? Int32(parts[1].dropFirst("exit ".count)) ?? -1 : -1
        return (parts.first ?? "", status, parts.count > 2 ? parts[2] : "")
    }

    /// `words` with `--state-dir DIR` after the command's name, so nothing touches the user's state.
    static func isolated(_ words: [String], stateDir: String) -> [String] {
        let name = words.prefix { !$0.hasPrefix("-") }.count
        return Array(words.prefix(name)) + ["--state-dir", stateDir] + words.dropFirst(name)
    }

    @Test func everyCaseHasAGolden() throws {
        #expect(Self.cases.count >= 60)
        for item in Self.cases {
            let golden = try Self.golden(item.number)
            #expect(golden.command == "az " + item.words.joined(separator: " "), "\(item.testDescription)")
        }
        #expect(Set(Self.skipped.keys).isSubset(of: Set(Self.cases.map(\.number))))
    }

    @Test(arguments: cases.filter { skipped[$0.number] == nil })
    func armletPrintsWhatAzPrints(_ item: Case) throws {
        let golden = try Self.golden(item.number)
        let cli = try CLIHarness()
        let result = CommandRunner.capture(Self.isolated(item.words, stateDir: cli.stateDir))
        #expect(result.stderr == golden.stderr)
        #expect(result.status == golden.status)
        #expect(result.stdout == "")
    }

    /// Not from az (which would run it): an Azure CLI command Armlet lacks is named, not "misspelled".
    @Test func anAzureCommandArmletLacksIsNamed() {
        let result = CommandRunner.capture(["group", "export", "-n", "rg"])
        #expect(result.status == 2)
        #expect(result.stderr == "ERROR: 'az group export' is an Azure CLI command Armlet does not implement.\n\n"
            + "https://aka.ms/cli_ref\nRead more about the command in reference docs\n")
    }
}
