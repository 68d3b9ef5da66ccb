import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `disk-network-access`: a disk or snapshot reachable from any network — `networkAccessPolicy`
/// `AllowAll` or `publicNetworkAccess` `Enabled`, written or by default.
///
/// Applies to every catalogued type whose schema has these properties; the default comes from the catalog.
package struct DiskNetworkAccessRule: LintRule {
    package let id = "disk-network-access"
    package let theme = LintTheme.security
    package let description = "Disks and snapshots should not allow export or import from any network."
    package let rationale = "With networkAccessPolicy AllowAll (the default) anyone holding a SAS URI can download the disk's data from the internet."
    package let help = "Set `networkAccessPolicy` to `DenyAll` (or `AllowPrivate` with a `diskAccessId`) and `publicNetworkAccess` to `Disabled`; suppress with `// armlet-disable-next-line disk-network-access` where public access is intended."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for entry in context.resources.entries where !entry.resource.existing {
            guard let schema = entry.schema else { continue }
            var reasons: [String] = []
            var firstPath: JSONPath? = nil
            for (dotted, open) in LintKnowledge.networkExposure {
                guard let property = schema.property(at: dotted) else { continue }
                if let version = entry.apiVersion, !property.isAvailable(in: version) { continue }
                let written = entry.value(at: dotted)
                let value: String?
                if let written {
                    value = context.literalValue(written)?.stringValue
                    if value != nil, firstPath == nil { firstPath = entry.path(of: dotted) }
                } else {
                    value = schema.defaultValue(path: dotted)?.stringValue
                }
                guard let value, JSONObject.equalIgnoringCase(value, open) else { continue }
                let name = JSONPath.dotted(dotted).components.last.map { c -> String in
                    if case .key(let k) = c { return k }
                    return dotted
                } ?? dotted
                reasons.append("'\(name)' is '\(value)'" + (written == nil ? " (the default)" : ""))
            }
            guard !reasons.isEmpty else { continue }
            // Without a written setting the whole resource is at fault: point at its opening brace.
            let path = firstPath ?? entry.resource.path
            out.append(context.finding(self,
                "Resource '\(entry.displayName)' (\(schema.typeName)) is reachable from any network: "
                    + reasons.joined(separator: " and ") + ".", at: path))
        }
        return out
    }
}
