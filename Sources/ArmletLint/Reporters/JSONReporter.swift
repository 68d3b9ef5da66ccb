import ArmletCatalog
import ArmletExpressions
package import ArmletJSON
import ArmletTemplate

/// The machine report: every finding with its file, position, rule, level, message, path and fix,
/// plus the summary.
package struct JSONReporter: Sendable {
    /// A reporter.
    package init() {}

    /// The report as pretty-printed JSON with a trailing newline.
    package func render(_ results: [LintFileResult]) -> String {
        JSONWriter.write(value(results)) + "\n"
    }

    /// The report as a value.
    package func value(_ results: [LintFileResult]) -> JSONValue {
        var findings: [JSONValue] = []
        for result in results {
            for f in result.findings {
                var o = JSONObject()
                o["file"] = .string(f.location.file)
                o["line"] = .int(Int64(f.location.line))
                o["column"] = .int(Int64(f.location.column))
                o["ruleId"] = .string(f.ruleID)
                o["level"] = .string(f.level.rawValue)
                o["message"] = .string(f.message)
                if let path = f.path { o["path"] = .string(path.pointer) }
                if let fix = f.fix {
                    o["fix"] = [
                        "path": .string(fix.path.pointer), "replacement": fix.replacement,
                        "safe": .bool(fix.isSafe), "summary": .string(fix.summary),
                    ]
                }
                findings.append(.object(o))
            }
        }
        let summary = LintSummary(results)
        return [
            "summary": [
                "files": .int(Int64(summary.files)), "errors": .int(Int64(summary.errors)),
                "warnings": .int(Int64(summary.warnings)), "infos": .int(Int64(summary.infos)),
            ],
            "findings": .array(findings),
        ]
    }
}
