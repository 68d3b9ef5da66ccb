import ArmletJSON
import ArmletTestSupport
import ArmletLint
import Foundation
import Testing

/// Lints every real-world template in `../shared/corpus/templates`: no crash, and the per-rule
/// totals pinned in `Golden/corpus-summary.txt` so a change in a rule's behaviour shows as a diff.
@Suite struct CorpusTests {
    static let corpus = LintTestSupport.repository.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/templates")

    @Test func corpusSummary() throws {
        guard SharedFiles.url("corpus/templates") != nil else { return }
        let targets = try TemplateFileFinder.targets(for: [Self.corpus.path])
        let linter = Linter(referenceDate: LintTestSupport.referenceDate)
        var findings: [String: Int] = [:]
        var files: [String: Set<String>] = [:]
        var levels: [String: LintLevel] = [:]
        for target in targets {
            let name = (target.path as NSString).lastPathComponent
            let result = linter.lint(path: target.path, displayName: name)
            for f in result.findings {
                findings[f.ruleID, default: 0] += 1
                files[f.ruleID, default: []].insert(name)
                levels[f.ruleID] = f.level
            }
        }
        var text = "# armlet lint over ../shared/corpus/templates (reference day 2026-01-15, default configuration)\n"
        text += "# \(targets.count) templates; per rule: findings, files with a finding, level\n"
        for id in LintRuleRegistry.standard.ids {
            let n = findings[id] ?? 0
            let f = files[id]?.count ?? 0
            text += "\(id.padding(toLength: 38, withPad: " ", startingAt: 0)) \(String(n).leftPadded(6)) \(String(f).leftPadded(5))"
                + (levels[id].map { "  \($0.rawValue)" } ?? "") + "\n"
        }
        try LintTestSupport.expectGolden(text, "corpus-summary.txt")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
