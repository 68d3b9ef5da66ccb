import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `outputs-should-not-contain-secrets`: an output that returns a secure parameter or a `list*()` result,
/// directly or through variables.
package struct OutputsShouldNotContainSecretsRule: LintRule {
    package let id = "outputs-should-not-contain-secrets"
    package let theme = LintTheme.security
    package let description = "Outputs should not contain secrets."
    package let rationale = "Outputs are stored in the deployment history in clear text and readable by anyone who can read the deployment."
    package let help = "Remove the output, or return the resource ID and let the consumer fetch the secret itself (e.g. with listKeys at its end or from Key Vault)."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        let secureParameters = Set(context.template.parameters.filter { $0.type?.isSecure ?? false }.map { $0.name.lowercased() })
        let sites = context.expressions.sites(inScope: 0)
        // Variables become secret when their value uses a secret; repeat until nothing changes.
        var variableSites: [Int: [ExpressionSite]] = [:]
        let variables = context.template.variables.elements
        var variableIndex: [String: Int] = [:]
        for (i, v) in variables.enumerated() { variableIndex[v.name.lowercased()] = i }
        for site in sites {
            let c = site.path.components
            guard c.count >= 2, case .key(let section) = c[0], section.lowercased() == "variables",
                  case .key(let name) = c[1], let i = variableIndex[name.lowercased()] else { continue }
            variableSites[i, default: []].append(site)
        }
        var secretVariables = Set<String>()
        var changed = !secureParameters.isEmpty || sites.contains { $0.calls.contains { LintKnowledge.isListFunction($0.name) } }
        while changed {
            changed = false
            for (i, v) in variables.enumerated() where !secretVariables.contains(v.name.lowercased()) {
                if (variableSites[i] ?? []).contains(where: { secret(in: $0, secureParameters, secretVariables) != nil }) {
                    secretVariables.insert(v.name.lowercased())
                    changed = true
                }
            }
        }
        var out: [LintFinding] = []
        // Only sites in the outputs section can belong to an output.
        let outputSites = sites.filter { site in
            guard case .key(let section)? = site.path.components.first else { return false }
            return section.utf8.count == 7 && JSONObject.equalIgnoringCase(section, "outputs")
        }
        for output in context.template.outputs where !(output.type?.isSecure ?? false) {
            for site in outputSites where site.path.hasPrefix(output.path) {
                if let what = secret(in: site, secureParameters, secretVariables) {
                    out.append(context.finding(self, "Output '\(output.name)' exposes \(what).", at: site.path))
                    break
                }
            }
        }
        return out
    }

    private func secret(in site: ExpressionSite, _ parameters: Set<String>, _ variables: Set<String>) -> String? {
        guard let node = site.node else { return nil }
        return secret(in: node, parameters, variables)
    }

    /// The secret `node` uses, not looking inside hashes (`uniqueString`, `guid`), which do not reveal their input.
    private func secret(in node: ExpressionNode, _ parameters: Set<String>, _ variables: Set<String>) -> String? {
        switch node {
        case .string, .integer: return nil
        case .property(let base, _): return secret(in: base, parameters, variables)
        case .index(let base, let key): return secret(in: base, parameters, variables) ?? secret(in: key, parameters, variables)
        case .call(let call):
            if call.isBuiltIn("uniqueString") || call.isBuiltIn("guid") { return nil }
            if let own = ownSecret(call, parameters, variables) { return own }
            for argument in call.arguments {
                if let found = secret(in: argument, parameters, variables) { return found }
            }
            return nil
        }
    }

    private func ownSecret(_ call: FunctionCall, _ parameters: Set<String>, _ variables: Set<String>) -> String? {
        guard call.namespace == nil else { return nil }
        let name = call.name.lowercased()
            if name == "parameters", let p = call.literalFirstArgument, parameters.contains(p.lowercased()) {
                return "the secure parameter '\(p)'"
            }
            if name == "variables", let v = call.literalFirstArgument, variables.contains(v.lowercased()) {
                return "the variable '\(v)', which is derived from a secret"
            }
            if name.count > 4, name.hasPrefix("list") {
                return "the result of \(call.name)(), which returns secrets"
            }
        return nil
    }
}
