import ArmletCatalog
import ArmletExpressions
package import ArmletJSON
import ArmletTemplate

/// Rule levels and options: the defaults, then a configuration file, then command-line overrides.
///
/// The file uses the shape of Bicep's `bicepconfig.json` so one habit serves both:
/// ```json
/// { "analyzers": { "core": {
///     "enabled": true,
///     "rules": {
///       "no-unused-params": { "level": "error" },
///       "use-recent-api-versions": { "level": "warning", "maxAgeInDays": 365 } } } } }
/// ```
/// `enabled: false` turns every rule off except those the command line names. Any other member of a
/// rule's object is an option of that rule. See `Sources/ArmletLint/ArmletLint.docc/ArmletLint.md`.
package struct LintConfiguration: Sendable {
    /// One rule's settings.
    package struct RuleSettings: Sendable {
        /// The level, when set.
        package var level: LintLevel?
        /// The rule's options (every member other than `level`).
        package var options: JSONObject

        /// Settings with `level` and `options`.
        package init(level: LintLevel? = nil, options: JSONObject = JSONObject()) {
            self.level = level
            self.options = options
        }
    }

    /// Whether rules run at all (`analyzers.core.enabled`).
    package var enabled: Bool
    /// Settings by lower-cased rule id.
    package var rules: [String: RuleSettings]
    /// Levels given on the command line, by lower-cased rule id; they beat everything.
    package var overrides: [String: LintLevel]
    /// The file the settings came from, when any.
    package var source: String?
    /// Remarks about the file that are not errors (unknown rule ids), for the caller to show.
    package var warnings: [String]

    /// The defaults: every rule at its default level.
    package static let `default` = LintConfiguration()

    /// A configuration with the given parts.
    package init(enabled: Bool = true, rules: [String: RuleSettings] = [:], overrides: [String: LintLevel] = [:],
                source: String? = nil, warnings: [String] = []) {
        self.enabled = enabled
        self.rules = rules
        self.overrides = overrides
        self.source = source
        self.warnings = warnings
    }

    /// The level `rule` runs at.
    package func level(for rule: any LintRule) -> LintLevel {
        let key = rule.id.lowercased()
        if let level = overrides[key] { return level }
        guard enabled else { return .off }
        return rules[key]?.level ?? rule.defaultLevel
    }

    /// The options of rule `id`.
    package func options(for id: String) -> JSONObject {
        rules[id.lowercased()]?.options ?? JSONObject()
    }

    /// Sets the level of rule `id` as the command line does.
    package mutating func override(rule id: String, level: LintLevel) {
        overrides[id.lowercased()] = level
    }
}
