import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `unknown-function`: a call of a function ARM does not have (or a user function the template does not define).
package struct UnknownFunctionRule: LintRule {
    package let id = "unknown-function"
    package let theme = LintTheme.correctness
    package let description = "Expressions must call functions that exist."
    package let rationale = "ARM fails the deployment with \"The template function 'x' is not valid\" for a function it does not know."
    package let help = "Correct the function name (the message suggests the nearest), or define the user function in the template's `functions` section."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        let registry = FunctionRegistry.standard
        var out: [LintFinding] = []
        let scopes = context.expressions.scopes
        for site in context.expressions.sites {
            for (index, call) in site.calls.enumerated() {
                if let namespace = call.namespace {
                    let qualified = "\(namespace).\(call.name)"
                    guard !scopes[site.scope].userFunctions.contains(qualified.lowercased()) else { continue }
                    out.append(context.finding(self,
                        "The user-defined function '\(qualified)' is not defined in this template.", at: site.path))
                    continue
                }
                if site.functions[index] != nil { continue }
                // `list` and every `list*` action are resolved by the resource provider at deployment.
                if LintKnowledge.isListFunction(call.name) { continue }
                if LintKnowledge.functionsOutsideLibrary.contains(where: { $0.lowercased() == call.name.lowercased() }) { continue }
                out.append(context.finding(self,
                    "The template function '\(call.name)' is not valid.\(NameSuggestion.hint(call.name, among: registry.names))",
                    at: site.path))
            }
        }
        return out
    }
}
