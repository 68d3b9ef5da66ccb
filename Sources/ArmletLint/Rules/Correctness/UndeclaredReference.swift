import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// Finds `parameters('x')`/`variables('x')` calls naming something the scope does not declare.
enum UndeclaredReference {
    /// - Parameter function: the function's documented spelling (`parameters`, `variables`), as the
    ///   registry names it: each site's calls are already resolved (``ExpressionSite/functions``).
    static func findings(_ context: LintContext, rule: some LintRule, function: String, kind: String,
                         declared: (TemplateScope) -> Set<String>, names: (JSONPath) -> [String]) -> [LintFinding] {
        var out: [LintFinding] = []
        let scopes = context.expressions.scopes
        for site in context.expressions.sites where !site.inUserFunction {
            for (index, resolved) in site.functions.enumerated() where resolved?.name == function {
                // The scope is looked at only for a call that names something (most sites have none).
                guard let name = site.calls[index].literalFirstArgument,
                      !declared(scopes[site.scope]).contains(JSONObject.fold(name)) else { continue }
                let hint = NameSuggestion.hint(name, among: names(scopes[site.scope].path))
                out.append(context.finding(rule,
                    "The \(kind) '\(name)' is not declared in this template.\(hint)", at: site.path))
            }
        }
        return out
    }

    /// The declared names of section `section` of the template at `path`, as written.
    static func declaredNames(_ context: LintContext, section: String, at path: JSONPath) -> [String] {
        let object = context.document.value[path: path.appending(section)]?.objectValue
        return (object?.keys ?? []).filter { $0.lowercased() != "copy" }
    }
}
