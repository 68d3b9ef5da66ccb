import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// Applies suppressions to findings and reports the suppressions that silenced nothing.
enum SuppressionFilter {
    struct Outcome {
        var kept: [LintFinding]
        var unused: [LintFinding]
        var suppressed: Int
    }

    /// `levels` gives the configured level of a rule id, `nil` for ids that are not rules.
    static func apply(_ suppressions: [Suppression], to findings: [LintFinding], file: String,
                      levels: (String) -> LintLevel?) -> Outcome {
        var used = Set<String>()
        func key(_ s: Suppression, _ rule: String) -> String { "\(s.line):\(s.column):\(rule.lowercased())" }
        var kept: [LintFinding] = []
        var suppressed = 0
        for finding in findings {
            let id = finding.ruleID.lowercased()
            let match = suppressions.first { s in
                guard s.rules.contains(where: { $0.id.lowercased() == id }) else { return false }
                return s.kind == .file || s.targetLine == finding.location.line
            }
            if let match, finding.ruleID != TemplateSyntaxRule().id {
                used.insert(key(match, id))
                suppressed += 1
            } else {
                kept.append(finding)
            }
        }
        let rule = UnusedSuppressionRule()
        var unused: [LintFinding] = []
        for s in suppressions {
            let at = SourceLocation(file: file, line: s.line, column: s.column)
            if s.rules.isEmpty {
                unused.append(LintFinding(ruleID: rule.id, level: rule.defaultLevel,
                                          message: "'\(s.kind.rawValue)' names no rule; write the ids of the rules to silence after it.",
                                          location: at))
                continue
            }
            for r in s.rules {
                let loc = SourceLocation(file: file, line: s.line, column: r.column)
                guard let level = levels(r.id) else {
                    unused.append(LintFinding(ruleID: rule.id, level: rule.defaultLevel,
                                              message: "'\(r.id)' is not an Armlet lint rule, so this suppression has no effect.",
                                              location: loc))
                    continue
                }
                if level == .off || used.contains(key(s, r.id)) { continue }
                let scope = s.kind == .file ? "in this file" : s.targetLine.map { "on line \($0)" } ?? "after it"
                unused.append(LintFinding(ruleID: rule.id, level: rule.defaultLevel,
                                          message: "The suppression of '\(r.id)' is unused: the rule reports nothing \(scope). Remove it.",
                                          location: loc))
            }
        }
        return Outcome(kept: kept, unused: unused, suppressed: suppressed)
    }
}
