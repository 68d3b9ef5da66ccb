import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `adminusername-should-not-be-literal`: an `adminUsername` property set to a literal.
package struct AdminUsernameShouldNotBeLiteralRule: LintRule {
    package let id = "adminusername-should-not-be-literal"
    package let theme = LintTheme.security
    package let description = "adminUsername should not be a literal value."
    package let rationale = "A fixed administrator name is half of a credential, shared by every deployment of the template."
    package let help = "Add a parameter for the user name and use [parameters('adminUsername')]."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        // Most templates never name the member: then there is nothing to walk.
        guard TextSearch.mayContain(context.text, caseInsensitive: "adminusername"),
              let key = context.document.value.objectValue?.writtenKey(for: "resources"),
              let resources = context.document.value[key] else { return [] }
        var out: [LintFinding] = []
        visit(resources, at: JSONPath.root.appending(key), context: context, into: &out)
        return out
    }

    private func visit(_ value: JSONValue, at path: JSONPath, context: LintContext, into out: inout [LintFinding]) {
        switch value {
        case .object(let object):
            for (key, member) in object {
                // Paths are built only where they are needed: for a finding, or to go down a level.
                if key.utf8.count == 13, key.lowercased() == "adminusername", case .string(let text) = member,
                   !text.isEmpty, !member.isTemplateExpression {
                    out.append(context.finding(self, "'\(key)' is the literal '\(text)'; take it from a parameter.",
                                               at: path.appending(key)))
                } else if member.objectValue != nil || member.arrayValue != nil {
                    visit(member, at: path.appending(key), context: context, into: &out)
                }
            }
        case .array(let elements):
            for (i, e) in elements.enumerated() where e.objectValue != nil || e.arrayValue != nil {
                visit(e, at: path.appending(i), context: context, into: &out)
            }
        default:
            return
        }
    }
}
