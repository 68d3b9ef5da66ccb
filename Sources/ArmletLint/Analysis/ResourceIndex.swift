import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// The root template's resources (children included), with their types and names worked out and
/// `dependsOn` entries resolved to resources where the template alone decides it.
package struct ResourceIndex: Sendable {
    /// Every resource, depth first, in document order.
    package let entries: [ResourceEntry]
    let literals: LiteralEvaluation
    let symbolic: Bool

    init(template: Template, document: ParsedDocument, catalog: ResourceCatalog, literals: LiteralEvaluation) {
        self.literals = literals
        let templateScope = ResourceTypeScopes(DeploymentContext.scope(forSchema: template.schema))
        self.symbolic = template.usesSymbolicNames
        var entries: [ResourceEntry] = []
        func add(_ resource: Resource, parent: Int?) {
            let parentEntry = parent.map { entries[$0] }
            let fullType = ResourceIndex.fullType(resource.type, parentType: parentEntry?.fullType)
            var nameNode: ExpressionNode? = nil
            if let text = resource.name?.stringValue, case .expression(let n)? = try? TemplateString.parse(text) {
                nameNode = n
            }
            var name = resource.name.flatMap { literals.evaluate($0)?.stringValue }
            if let n = name, let parentEntry, !n.contains("/") {
                name = parentEntry.resolvedName.map { "\($0)/\(n)" }
            }
            let body = document.value[path: resource.path] ?? .null
            let schema = fullType.flatMap { catalog.schema(for: $0) }
            let knownType = fullType.flatMap { catalog.apiVersions(for: $0) }
            var diagnostics: [Diagnostic] = []
            if let fullType, !resource.existing, let version = resource.apiVersion,
               !TemplateString.isExpression(version) {
                if let d = catalog.apiVersionCheck(type: fullType, apiVersion: version,
                                                   location: resource.location?.stringValue ?? "") {
                    diagnostics.append(d)
                }
                if let schema {
                    diagnostics += catalog.validateBody(type: schema.typeName, apiVersion: version, body: body)
                }
            }
            // A resource without `scope` deploys at the template's scope, children with their parent.
            if let fullType, !resource.existing, resource.scope == nil, parentEntry == nil,
               let d = catalog.scopeCheck(type: fullType, scope: templateScope) {
                diagnostics.append(d)
            }
            let index = entries.count
            entries.append(ResourceEntry(index: index, resource: resource, parent: parent, fullType: fullType,
                                         resolvedName: name, nameNode: nameNode, body: body, schema: schema,
                                         knownType: knownType, catalogDiagnostics: diagnostics))
            for child in resource.children { add(child, parent: index) }
        }
        for r in template.resources { add(r, parent: nil) }
        self.entries = entries
    }

    /// The entries of catalogued `type`.
    func entries(ofType type: String) -> [ResourceEntry] {
        entries.filter { $0.fullType.map { JSONObject.equalIgnoringCase($0, type) } ?? false }
    }

    static func fullType(_ type: String?, parentType: String?) -> String? {
        guard let type, !TemplateString.isExpression(type) else { return nil }
        guard let parentType else { return type }
        // A nested child may spell its type in full or relative to its parent.
        if let first = type.split(separator: "/").first, first.contains(".") { return type }
        return "\(parentType)/\(type)"
    }
}
