import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

extension LintContext {
    /// Turns the catalog's findings about resource bodies into findings of `rule`: those for which
    /// `select` holds, located at the property they name (its member name when `atKey`).
    func catalogFindings(_ rule: some LintRule, atKey: Bool = false,
                         where select: (Diagnostic) -> Bool) -> [LintFinding] {
        var out: [LintFinding] = []
        for entry in resources.entries {
            for diagnostic in entry.catalogDiagnostics where select(diagnostic) {
                let target = JSONPath.dotted(diagnostic.target ?? "")
                let path = entry.resource.path.appending(path: target)
                let exists = document.sourceMap.location(at: path) != nil
                let type = entry.fullType ?? "?"
                out.append(finding(rule, "Resource '\(entry.displayName)' (\(type)): \(diagnostic.message)", at: path,
                                   atKey: atKey && exists))
            }
        }
        return out
    }
}

extension Diagnostic {
    /// Whether the finding concerns the body path `dotted` (compared ignoring case).
    func targets(_ dotted: String) -> Bool { (target ?? "").lowercased() == dotted.lowercased() }
}
