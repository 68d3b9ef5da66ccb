import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate
import Foundation

/// `use-recent-api-versions`: an API version older than `maxAgeInDays` (default 730) when a newer one exists.
///
/// Ages are measured from ``LintContext/referenceDate`` (the day the caller names), using the date
/// in the version string, as Bicep and arm-ttk do.
package struct UseRecentAPIVersionsRule: LintRule {
    package let id = "use-recent-api-versions"
    package let theme = LintTheme.hygiene
    package let description = "Resources should use an API version less than two years old."
    package let rationale = "Old API versions lack newer properties and defaults, and are eventually retired."
    package let help = "Move to the newest stable version the message names, after checking its changes. Option: `maxAgeInDays` (default 730)."
    package let defaultLevel = LintLevel.warning
    package init() {}

    /// The default of the `maxAgeInDays` option.
    package static let defaultMaxAgeInDays = 730

    package func check(_ context: LintContext) -> [LintFinding] {
        let maxAge = context.option("maxAgeInDays", of: self)?.intValue.map(Int.init) ?? Self.defaultMaxAgeInDays
        let today = Int((context.referenceDate.timeIntervalSince1970 / 86_400).rounded(.down))
        var out: [LintFinding] = []
        for entry in context.resources.entries {
            guard let known = entry.knownType, let version = entry.apiVersion else { continue }
            let age = today - version.dayNumber
            guard age > maxAge,
                  let newest = known.versions.filter({ !$0.isPreview && $0.dayNumber <= today }).max(),
                  newest > version else { continue }
            let path = entry.resource.path.appending("apiVersion")
            out.append(context.finding(self,
                "API version '\(version.text)' of '\(known.typeName)' is \(age) days old (more than \(maxAge)); the newest is '\(newest.text)'.",
                at: path,
                fix: LintFix(path: path, replacement: .string(newest.text), isSafe: false,
                             summary: "use API version '\(newest.text)'")))
        }
        return out
    }
}
