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
    static func replan(_ record: DeploymentRecord, target: ResolvedTarget, clock: any Clock) -> DeploymentPlan? {
        let document = ParsedDocument(value: record.template, sourceMap: .empty())
        guard let template = TemplateDecoder.decode(document).template else { return nil }
        var supplied: [SuppliedParameter] = []
        for (name, entry) in record.parameters.objectValue ?? JSONObject() {
            if let value = entry["value"] { supplied.append(SuppliedParameter(name: name, value: value)) }
        }
        let context = target.expansionContext(name: record.name, mode: record.mode, clock: clock)
        let result = TemplateExpander.expand(template: template, document: document, parameters: NamedList(supplied),
                                             context: context)
        return result.hasErrors ? nil : result.plan
    }
}
