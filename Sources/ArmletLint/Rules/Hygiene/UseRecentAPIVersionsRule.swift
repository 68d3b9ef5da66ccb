import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate
import Foundation

/// `use-recent-api-versions`: an API version older than `maxAgeInDays` (default 730) when a newer one exists.
///
/// Ages are measured from ``LintContext/referenceDate`` (the day the caller names), using the date
/// in the version string, as Bicep and arm-ttk do.
public struct UseRecentAPIVersionsRule: LintRule {
    public let id = "use-recent-api-versions"
    public let theme = LintTheme.hygiene
    public let description = "Resources should use an API version less than two years old."
    public let rationale = "Old API versions lack newer properties and defaults, and are eventually retired."
    public let help = "Move to the newest stable version the message names, after checking its changes. Option: `maxAgeInDays` (default 730)."
    public let defaultLevel = LintLevel.warning
    public init() {}

    /// The default of the `maxAgeInDays` option.
    public static let defaultMaxAgeInDays = 730

    public func check(_ context: LintContext) -> [LintFinding] {
        let maxAge = context.option("maxAgeInDays", of: self)?.intValue.map(Int.init) ?? Self.defaultMaxAgeInDays
        let today = Int((context.referenceDate.timeIntervalSince1970 / 86_400).rounded(.down))
        var out: [LintFinding] = []
        for entry in context.resources.entries {
            guard let schema = entry.schema, let version = entry.apiVersion else { continue }
            let age = today - version.dayNumber
            guard age > maxAge,
                  let newest = schema.apiVersions.filter({ !$0.isPreview && $0.dayNumber <= today }).max(),
                  newest > version else { continue }
            let path = entry.resource.path.appending("apiVersion")
            out.append(context.finding(self,
                "API version '\(version.text)' of '\(schema.typeName)' is \(age) days old (more than \(maxAge)); the newest is '\(newest.text)'.",
                at: path,
                fix: LintFix(path: path, replacement: .string(newest.text), isSafe: false,
                             summary: "use API version '\(newest.text)'")))
        }
        return out
    }
}
