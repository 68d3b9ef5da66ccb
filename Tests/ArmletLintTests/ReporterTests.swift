import ArmletJSON
import ArmletLint
import Foundation
import Testing

/// Each report format pinned by a golden file, for a small template with two findings.
@Suite struct ReporterTests {
    func results() throws -> [LintFileResult] {
        let text = try LintTestSupport.read("reporters/input.json")
        return [LintTestSupport.lint(text, file: "infra/snapshot.json")]
    }

    @Test func inputHasTwoFindings() throws {
        #expect(try results()[0].findings.map(\.ruleID) == ["api-version-unknown", "no-hardcoded-location"])
    }

    @Test func textReport() throws {
        try LintTestSupport.expectGolden(TextReporter().render(try results()), "reporters/expected.txt")
    }

    @Test func textReportColoursOnlyWhenAsked() throws {
        #expect(!TextReporter(color: false).render(try results()).contains("\u{1B}["))
        #expect(TextReporter(color: true).render(try results()).contains("\u{1B}[31merror\u{1B}[0m"))
    }

    @Test func jsonReport() throws {
        try LintTestSupport.expectGolden(JSONReporter().render(try results()), "reporters/expected.json")
    }

    @Test func sarifReport() throws {
        let reporter = SARIFReporter(version: "0.1.0", workingDirectory: "/repo")
        let text = reporter.render(try results())
        try LintTestSupport.expectGolden(text, "reporters/expected.sarif")
        let log = try JSONReader.value(text)
        #expect(log["version"] == "2.1.0")
        let run = try #require(log["runs"]?[0])
        let rules = try #require(run["tool"]?["driver"]?["rules"]?.arrayValue)
        #expect(rules.count == LintRuleRegistry.standard.rules.count)
        let result = try #require(run["results"]?[0])
        let index = try #require(result["ruleIndex"]?.intValue)
        #expect(rules[Int(index)]["id"] == result["ruleId"])
        #expect(result["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"] == "infra/snapshot.json")
        #expect(result["locations"]?[0]?["physicalLocation"]?["region"]?["startLine"] == 7)
    }

    @Test func sarifURIsOutsideTheWorkingDirectoryAreAbsolute() throws {
        let reporter = SARIFReporter(version: "0.1.0", workingDirectory: "/repo")
        let result = LintFileResult(file: "/elsewhere/a b.json", text: "", findings: [
            LintFinding(ruleID: "template-syntax", level: .error, message: "m",
                        location: SourceLocation(file: "/elsewhere/a b.json", line: 1, column: 1)),
        ])
        let log = reporter.value([result])
        let artifact = log["runs"]?[0]?["results"]?[0]?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]
        #expect(artifact?["uri"] == "file:///elsewhere/a%20b.json")
        #expect(artifact?["uriBaseId"] == nil)
    }

    @Test func summaryLine() {
        #expect(LintSummary([]).line == "0 files, 0 errors, 0 warnings, 0 infos")
    }
}
