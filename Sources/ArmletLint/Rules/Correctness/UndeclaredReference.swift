import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// Finds `parameters('x')`/`variables('x')` calls naming something the scope does not declare.
enum UndeclaredReference {
    static func findings(_ context: LintContext, rule: some LintRule, function: String, kind: String,
                         declared: (TemplateScope) -> Set<String>, names: (JSONPath) -> [String]) -> [LintFinding] {
        var out: [LintFinding] = []
        for site in context.expressions.sites where !site.inUserFunction {
            let scope = context.expressions.scopes[site.scope]
            for call in site.calls where call.isBuiltIn(function) {
                guard let name = call.literalFirstArgument, !declared(scope).contains(name.lowercased()) else { continue }
                let hint = NameSuggestion.hint(name, among: names(scope.path))
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
