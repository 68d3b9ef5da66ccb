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
            let base = entry.resource.path.appending(entry.body.objectValue?.writtenKey(for: "properties") ?? "properties")
            visit(properties, at: base, entry: entry, context: context, into: &out)
        }
        return out
    }

    private func visit(_ value: JSONValue, at path: JSONPath, entry: ResourceEntry, context: LintContext,
                       into out: inout [LintFinding]) {
        switch value {
        case .object(let object):
            for (key, member) in object {
                let child = path.appending(key)
                // A nested deployment's template is linted as its own resources, not as ID values.
                if key.lowercased() == "template", LintKnowledge.isType(entry.fullType, LintKnowledge.deploymentType) { continue }
                if key.count > 2, key.lowercased().hasSuffix("id"), case .string(let text) = member, isHandBuiltID(text) {
                    out.append(context.finding(self,
                        "'\(key)' of resource '\(entry.displayName)' is a hand-built resource ID; use resourceId() or a parameter.",
                        at: child))
                } else {
                    visit(member, at: child, entry: entry, context: context, into: &out)
                }
            }
        case .array(let elements):
            for (i, e) in elements.enumerated() { visit(e, at: path.appending(i), entry: entry, context: context, into: &out) }
        default:
            return
        }
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
