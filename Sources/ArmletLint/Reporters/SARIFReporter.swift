import ArmletCatalog
import ArmletExpressions
package import ArmletJSON
import ArmletTemplate
import Foundation

/// The SARIF 2.1.0 report GitHub code scanning accepts: one run of the `armlet` tool with every rule's
/// metadata, and one result per finding located by a URI relative to the working directory
/// (`uriBaseId` `%SRCROOT%`) and a start line and column.
package struct SARIFReporter: Sendable {
    /// The rules described in `tool.driver.rules`; `ruleIndex` points into this list.
    package var rules: [any LintRule]
    /// The tool version written as `driver.version`.
    package var version: String
    /// Paths are made relative to this folder when they are inside it.
    package var workingDirectory: String

    /// A reporter describing `rules`.
    package init(rules: [any LintRule] = LintRuleRegistry.standard.rules, version: String, workingDirectory: String) {
        self.rules = rules
        self.version = version
        self.workingDirectory = workingDirectory
    }

    /// The SARIF log as pretty-printed JSON with a trailing newline.
    package func render(_ results: [LintFileResult]) -> String {
        JSONWriter.write(value(results)) + "\n"
    }

    /// The SARIF log as a value.
    package func value(_ results: [LintFileResult]) -> JSONValue {
        var index: [String: Int] = [:]
        for (i, r) in rules.enumerated() { index[r.id] = i }
        let descriptors: [JSONValue] = rules.map { rule in
            [
                "id": .string(rule.id),
                "shortDescription": ["text": .string(rule.description)],
                "fullDescription": ["text": .string(rule.rationale)],
                "help": [
                    "text": .string(rule.help),
                    "markdown": .string("**\(rule.id)** — \(rule.description)\n\n\(rule.rationale)\n\n**Fix:** \(rule.help)\n\n[Documentation](\(rule.helpURI))"),
                ],
                "defaultConfiguration": ["level": .string(rule.defaultLevel.sarifLevel)],
                "helpUri": .string(rule.helpURI),
                "properties": ["tags": [.string(rule.theme.rawValue)]],
            ]
        }
        var sarifResults: [JSONValue] = []
        for result in results {
            for f in result.findings {
                var artifact = JSONObject()
                let (uri, relative) = artifactURI(f.location.file)
                artifact["uri"] = .string(uri)
                if relative { artifact["uriBaseId"] = "%SRCROOT%" }
                var r = JSONObject()
                r["ruleId"] = .string(f.ruleID)
                if let i = index[f.ruleID] { r["ruleIndex"] = .int(Int64(i)) }
                r["level"] = .string(f.level.sarifLevel)
                r["message"] = ["text": .string(f.message)]
                r["locations"] = [[
                    "physicalLocation": [
                        "artifactLocation": .object(artifact),
                        "region": ["startLine": .int(Int64(f.location.line)), "startColumn": .int(Int64(f.location.column))],
                    ],
                ]]
                sarifResults.append(.object(r))
            }
        }
        let driver: JSONValue = [
            "name": "armlet",
            "informationUri": "https://github.com/armlet/armlet",
            "version": .string(version),
            "semanticVersion": .string(version),
            "rules": .array(descriptors),
        ]
        return [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": driver],
                "columnKind": "unicodeCodePoints",
                "results": .array(sarifResults),
            ]],
        ]
    }

    /// The file as a URI relative to the working directory when it is inside it, else a `file://` URI.
    func artifactURI(_ file: String) -> (String, Bool) {
        let absolute = file.hasPrefix("/")
            ? URL(fileURLWithPath: file).standardizedFileURL.path
            : URL(fileURLWithPath: workingDirectory).appendingPathComponent(file).standardizedFileURL.path
        let base = URL(fileURLWithPath: workingDirectory).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        if absolute.hasPrefix(prefix) {
            let relative = String(absolute.dropFirst(prefix.count))
            return (relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? relative, true)
        }
        return (URL(fileURLWithPath: absolute).absoluteString, false)
    }
}
