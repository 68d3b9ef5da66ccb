import ArmletJSON
import ArmletLint
import Foundation
import Testing

/// The documented incremental-snapshot template: its API version typo is found, located and fixed.
@Suite struct SeedTemplateTests {
    static let seed = LintTestSupport.repository.appendingPathComponent("Templates/incremental-snapshot.json")

    @Test func apiVersionTypoIsFoundAtItsValue() throws {
        let text = try String(contentsOf: Self.seed, encoding: .utf8)
        let result = LintTestSupport.lint(text, file: "Templates/incremental-snapshot.json")
        let finding = try #require(result.findings.first { $0.ruleID == "api-version-unknown" })
        #expect(finding.location == SourceLocation(file: "Templates/incremental-snapshot.json", line: 19, column: 19))
        #expect(finding.level == .error)
        #expect(finding.message.contains("Did you mean '2022-03-02'?"))
        #expect(finding.fix?.replacement == "2022-03-02")
        #expect(finding.fix?.isSafe == true)
    }

    @Test func yamlFormIsFoundToo() throws {
        let url = LintTestSupport.repository.appendingPathComponent("Templates/incremental-snapshot.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let result = LintTestSupport.lint(text, file: "incremental-snapshot.yaml")
        #expect(result.findings.contains { $0.ruleID == "api-version-unknown" && $0.message.contains("'2022-03-02'") })
    }

    @Test func fixChangesExactlyTheAPIVersion() throws {
        let text = try String(contentsOf: Self.seed, encoding: .utf8)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("armlet-lint-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("incremental-snapshot.json")
        try Data(text.utf8).write(to: copy)

        let result = LintTestSupport.lint(text, file: copy.path)
        let (fixed, applied) = LintFixer.apply(result.findings, to: text)
        #expect(applied.map(\.ruleID) == ["api-version-unknown"])
        #expect(applied.first?.before == "\"2022-03-22\"")
        #expect(applied.first?.after == "\"2022-03-02\"")
        #expect(fixed == text.replacingOccurrences(of: "\"2022-03-22\"", with: "\"2022-03-02\""))
        let again = LintTestSupport.lint(fixed, file: copy.path)
        #expect(!again.findings.contains { $0.ruleID == "api-version-unknown" })
    }

    @Test func fixReplacesAConcatOfLiteralsAndKeepsComments() {
        let text = """
        {
          // a comment that must survive
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "variables": { "a": "[concat('[x', ']')]", "b": "[toLower(concat('A', 'B'))]" },
          "outputs": { "a": { "type": "string", "value": "[variables('a')]" }, "b": { "type": "string", "value": "[variables('b')]" } }
        }

        """
        let result = LintTestSupport.lint(text)
        let (fixed, applied) = LintFixer.apply(result.findings, to: text)
        #expect(applied.count == 1)
        #expect(fixed == text.replacingOccurrences(of: "\"[concat('[x', ']')]\"", with: "\"[[x]\""))
    }
}
