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
        var path: [JSONPath.Component] = [.key(key)]
        visit(resources, at: &path, context: context, into: &out)
        return out
    }

    /// Visits `value` at `path` (one array that grows and shrinks: a path value is made only for a finding).
    private func visit(_ value: JSONValue, at path: inout [JSONPath.Component], context: LintContext,
                       into out: inout [LintFinding]) {
        switch value {
        case .object(let object):
            // By index: the object's (key, value) sequence goes through a lazy zip per member.
            let keys = object.keys
            let values = object.values
            for index in values.indices {
                switch values[index] {
                case .string(let text):
                    let key = keys[index]
                    guard key.utf8.count == 13, JSONObject.equalIgnoringCase(key, "adminusername"),
                          !text.isEmpty, !values[index].isTemplateExpression else { continue }
                    out.append(context.finding(self, "'\(key)' is the literal '\(text)'; take it from a parameter.",
                                               at: JSONPath(path + [.key(key)])))
                case .object, .array:
                    path.append(.key(keys[index]))
                    visit(values[index], at: &path, context: context, into: &out)
                    path.removeLast()
                default:
                    continue
                }
            }
        case .array(let elements):
            for (i, e) in elements.enumerated() {
                switch e {
                case .object, .array:
                    path.append(.index(i))
                    visit(e, at: &path, context: context, into: &out)
                    path.removeLast()
                default:
                    continue
                }
            }
        default:
            return
        }
    }
}
