import ArmletCatalog
import ArmletExpressions
package import ArmletJSON
import ArmletTemplate
import Foundation

extension LintConfiguration {
    /// The file names looked for in each folder, in this order.
    package static let fileNames = ["armlet.json", ".armlet.json", ".armlet.yaml", ".armlet.yml"]

    /// The nearest configuration file for a template in `directory`: that folder, then each parent.
    package static func discover(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = url.appendingPathComponent(name).path
                if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Reads the configuration file at `path` (JSON with comments, or YAML by extension).
    package static func load(path: String, knownRules: [String]) throws(LintConfigurationError) -> LintConfiguration {
        let document: ParsedDocument
        do {
            document = try DocumentReader.read(path: path)
        } catch {
            throw LintConfigurationError("Could not read the lint configuration '\(path)': \(error.message)",
                                         location: error.location)
        }
        return try parse(document, source: path, knownRules: knownRules)
    }

    /// Builds a configuration from a parsed configuration document.
    package static func parse(_ document: ParsedDocument, source: String,
                             knownRules: [String]) throws(LintConfigurationError) -> LintConfiguration {
        let map = document.sourceMap
        func fail(_ message: String, _ path: JSONPath) -> LintConfigurationError {
            LintConfigurationError("\(source): \(message)", location: map.nearestLocation(at: path))
        }
        var configuration = LintConfiguration(source: source)
        guard let root = document.value.objectValue else { throw fail("the configuration must be an object.", .root) }
        guard let analyzers = root["analyzers"] else { return configuration }
        guard let core = analyzers["core"]?.objectValue else {
            if analyzers.objectValue == nil { throw fail("'analyzers' must be an object.", JSONPath(pointer: "/analyzers")) }
            return configuration
        }
        let corePath = JSONPath([.key(root.writtenKey(for: "analyzers") ?? "analyzers"), .key("core")])
        if let enabled = core["enabled"] {
            guard let flag = enabled.boolValue else { throw fail("'enabled' must be true or false.", corePath.appending("enabled")) }
            configuration.enabled = flag
        }
        guard let rules = core["rules"] else { return configuration }
        guard let ruleObject = rules.objectValue else { throw fail("'rules' must be an object.", corePath.appending("rules")) }
        let known = Set(knownRules.map { $0.lowercased() })
        for (id, value) in ruleObject {
            let path = corePath.appending(core.writtenKey(for: "rules") ?? "rules").appending(id)
            guard let settings = value.objectValue else { throw fail("the settings of rule '\(id)' must be an object.", path) }
            var rule = RuleSettings()
            for (key, option) in settings {
                if key.lowercased() == "level" {
                    guard let name = option.stringValue, let level = LintLevel(name: name) else {
                        throw fail("the level of rule '\(id)' must be one of off, info, warning, error.", path.appending(key))
                    }
                    rule.level = level
                } else {
                    rule.options[key] = option
                }
            }
            if !known.contains(id.lowercased()) {
                configuration.warnings.append("\(source): unknown lint rule '\(id)' is ignored.")
            }
            configuration.rules[id.lowercased()] = rule
        }
        return configuration
    }
}
