import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// Which parameters and variables the root template's expressions use.
struct ReferenceCounting {
    /// Lower-cased names referenced by `parameters('x')`.
    var parameters: Set<String> = []
    /// Lower-cased names referenced by `variables('x')`.
    var variables: Set<String> = []
    /// Whether some `parameters(...)` call has a computed argument (then any parameter may be used).
    var dynamicParameters = false
    /// Whether some `variables(...)` call has a computed argument.
    var dynamicVariables = false

    init(_ context: LintContext, excluding excluded: (ExpressionSite) -> Bool = { _ in false }) {
        for site in context.expressions.sites(inScope: 0) where !excluded(site) {
            for call in site.calls {
                if call.isBuiltIn("parameters") {
                    if let n = call.literalFirstArgument { parameters.insert(n.lowercased()) } else { dynamicParameters = true }
                } else if call.isBuiltIn("variables") {
                    if let n = call.literalFirstArgument { variables.insert(n.lowercased()) } else { dynamicVariables = true }
                }
            }
        }
    }
}
