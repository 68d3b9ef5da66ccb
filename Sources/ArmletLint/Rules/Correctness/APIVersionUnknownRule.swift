import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate
import Foundation

/// `api-version-unknown`: a resource type Azure has asked for an API version that does not exist.
package struct APIVersionUnknownRule: LintRule {
    package let id = "api-version-unknown"
    package let theme = LintTheme.correctness
    package let description = "A resource's apiVersion must be a real version of its type."
    package let rationale = "ARM fails the deployment with NoRegisteredProviderFound when the type has no such API version; a one-digit typo is enough."
    package let help = "Use the suggested version (the real version nearest to the one written), or any version the message lists. `armlet lint --fix` applies the suggestion."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for entry in context.resources.entries {
            guard let known = entry.knownType, let written = entry.resource.apiVersion,
                  entry.catalogDiagnostics.contains(where: { $0.code == CatalogCode.noRegisteredProviderFound })
            else { continue }
            let path = entry.resource.path.appending("apiVersion")
            let suggestion = APIVersionSuggestion.nearest(to: written, among: known.versions)?.text
            var message = "'\(written)' is not an API version of '\(known.typeName)'."
            var fix: LintFix? = nil
            if let suggestion {
                message += " Did you mean '\(suggestion)'?"
                fix = LintFix(path: path, replacement: .string(suggestion), isSafe: true,
                              summary: "use API version '\(suggestion)'")
            }
            let newest = known.versions.filter { !$0.isPreview }.max()
            if let newest, newest.text != suggestion { message += " The newest is '\(newest.text)'." }
            out.append(context.finding(self, message, at: path, fix: fix))
        }
        return out
    }
}
