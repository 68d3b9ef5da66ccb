import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `use-resource-id-functions`: an `...Id` property holding a literal resource ID or one built by string concatenation.
package struct UseResourceIdFunctionsRule: LintRule {
    package let id = "use-resource-id-functions"
    package let theme = LintTheme.hygiene
    package let description = "Properties that hold resource IDs should be built with resourceId() or come from a parameter."
    package let rationale = "A literal ID pins one subscription and resource group; an ID assembled with concat()/format() breaks silently when a segment is wrong."
    package let help = "Use resourceId('Namespace/type', name) (or subscriptionResourceId/extensionResourceId), reference(...).id, or a parameter."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for entry in context.resources.entries {
            guard let properties = entry.body["properties"] else { continue }
            var path = entry.resource.path.components
            path.append(.key(entry.body.objectValue?.writtenKey(for: "properties") ?? "properties"))
            let isDeployment = LintKnowledge.isType(entry.fullType, LintKnowledge.deploymentType)
            visit(properties, at: &path, entry: entry, isDeployment: isDeployment, context: context, into: &out)
        }
        return out
    }

    /// Visits `value` at `path` (one array that grows and shrinks: a path value is made only for a finding).
    private func visit(_ value: JSONValue, at path: inout [JSONPath.Component], entry: ResourceEntry,
                       isDeployment: Bool, context: LintContext, into out: inout [LintFinding]) {
        switch value {
        case .object(let object):
            for (key, member) in object {
                switch member {
                case .string(let text):
                    guard UseResourceIdFunctionsRule.namesAnID(key), isHandBuiltID(text) else { continue }
                    out.append(context.finding(self,
                        "'\(key)' of resource '\(entry.displayName)' is a hand-built resource ID; use resourceId() or a parameter.",
                        at: JSONPath(path + [.key(key)])))
                case .object, .array:
                    // A nested deployment's template is linted as its own resources, not as ID values.
                    if isDeployment, key.utf8.count == 8, JSONObject.equalIgnoringCase(key, "template") { continue }
                    path.append(.key(key))
                    visit(member, at: &path, entry: entry, isDeployment: isDeployment, context: context, into: &out)
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
                    visit(e, at: &path, entry: entry, isDeployment: isDeployment, context: context, into: &out)
                    path.removeLast()
                default:
                    continue
                }
            }
        default:
            return
        }
    }

    /// Whether a property named `key` holds an ID: longer than two characters, ending in `id` (any case).
    static func namesAnID(_ key: String) -> Bool {
        let utf8 = key.utf8
        guard utf8.count > 2, let last = utf8.last, last | 0x20 == 0x64 else { return false }
        guard utf8[utf8.index(utf8.endIndex, offsetBy: -2)] | 0x20 == 0x69 else { return false }
        return key.count > 2
    }

    private func isHandBuiltID(_ text: String) -> Bool {
        guard TemplateString.isExpression(text) else { return looksLikeID(text) }
        guard case .expression(let node)? = try? TemplateString.parse(text), let call = node.functionCall,
              call.isBuiltIn("concat") || call.isBuiltIn("format"),
              let first = call.arguments.first?.stringLiteral else { return false }
        return looksLikeID(first)
    }

    private func looksLikeID(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("/subscriptions/") || (lower.hasPrefix("/providers/") && lower.count > 11)
    }
}
