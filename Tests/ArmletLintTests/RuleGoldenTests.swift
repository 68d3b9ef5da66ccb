import ArmletJSON
import ArmletLint
import Foundation
import Testing

/// Every rule has `Golden/rules/<id>/bad.json` (its findings pinned in `expected.txt`) and
/// `good.json` (no finding of that rule).
@Suite struct RuleGoldenTests {
    static let ids = LintRuleRegistry.standard.ids

    @Test(arguments: ids)
    func badCaseMatchesGolden(_ id: String) throws {
        let text = try LintTestSupport.read("rules/\(id)/bad.json")
        let findings = LintTestSupport.lint(text, file: "bad.json").findings.filter { $0.ruleID == id }
        #expect(!findings.isEmpty, "rule \(id) found nothing in its bad case")
        try LintTestSupport.expectGolden(LintTestSupport.headlines(findings), "rules/\(id)/expected.txt")
    }

    @Test(arguments: ids)
    func goodCaseIsClean(_ id: String) throws {
        let text = try LintTestSupport.read("rules/\(id)/good.json")
        let findings = LintTestSupport.lint(text, file: "good.json").findings.filter { $0.ruleID == id }
        #expect(findings.isEmpty, "rule \(id) fired on its good case: \(findings.map(\.headline))")
    }

    @Test func everyRuleHasAFixture() {
        for id in Self.ids {
            let folder = LintTestSupport.golden.appendingPathComponent("rules/\(id)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad.json").path), "\(id)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("good.json").path), "\(id)")
        }
    }

    @Test func ruleMetadataIsComplete() {
        let ids = Self.ids
        #expect(Set(ids).count == ids.count)
        #expect(ids.count >= 25)
        for rule in LintRuleRegistry.standard.rules {
            #expect(rule.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(rule.id) is not kebab-case")
            #expect(!rule.description.isEmpty && !rule.help.isEmpty && !rule.rationale.isEmpty, "\(rule.id)")
            #expect(rule.helpURI.hasSuffix("#" + rule.id))
        }
    }
}
