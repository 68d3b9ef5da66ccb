import ArmletCore
import ArmletExpressions
import ArmletJSON
import ArmletState
import ArmletTemplate
import Foundation

/// Re-expansion of a recorded deployment.
enum DeploymentPlanning {
    /// Re-expands the template a deployment record keeps (for `dependencies` when showing it) at
    /// `target`; nil when it no longer expands.
    static func replan(_ record: DeploymentRecord, target: ResolvedTarget, clock: any Clock,
                       limits: EvaluationBudget.Limits) -> DeploymentPlan? {
        let document = ParsedDocument(value: record.template, sourceMap: .empty())
        guard let template = TemplateDecoder.decode(document).template else { return nil }
        let context = target.expansionContext(name: record.name, mode: record.mode, clock: clock, limits: limits)
        let result = TemplateExpander.expand(template: template, document: document,
                                             parameters: suppliedParameters(record), context: context)
        return result.hasErrors ? nil : result.plan
    }

    /// The parameter values `record` keeps (`{name: {value}}`), as a request supplies them.
    static func suppliedParameters(_ record: DeploymentRecord) -> NamedList<SuppliedParameter> {
        var supplied: [SuppliedParameter] = []
        for (name, entry) in record.parameters.objectValue ?? JSONObject() {
            if let value = entry["value"] { supplied.append(SuppliedParameter(name: name, value: value)) }
        }
        return NamedList(supplied)
    }
}
