import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `contentversion-format`: `contentVersion` must be present and four dot-separated numbers.
package struct ContentVersionFormatRule: LintRule {
    package let id = "contentversion-format"
    package let theme = LintTheme.hygiene
    package let description = "contentVersion must be four numbers separated by dots, such as 1.0.0.0."
    package let rationale = "ARM requires the member and rejects other forms; it is how callers pin a template version."
    package let help = "Write `\"contentVersion\": \"1.0.0.0\"` (and raise it when the template changes)."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        let root = context.document.value.objectValue
        guard let key = root?.writtenKey(for: "contentVersion") else {
            return [context.finding(self, "The template has no 'contentVersion'; add \"contentVersion\": \"1.0.0.0\".", at: .root)]
        }
        let path = JSONPath.root.appending(key)
        guard let text = root?[key]?.stringValue else {
            return [context.finding(self, "'contentVersion' must be a string such as \"1.0.0.0\".", at: path)]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let valid = parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        return valid ? [] : [context.finding(self,
            "'contentVersion' '\(text)' is not four numbers separated by dots, such as '1.0.0.0'.", at: path)]
    }
}
