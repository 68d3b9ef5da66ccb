import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `schema-current`: `$schema` should be the current deployment-template schema for the template's scope.
package struct SchemaCurrentRule: LintRule {
    package let id = "schema-current"
    package let theme = LintTheme.hygiene
    package let description = "$schema should be the current deployment template schema for its scope."
    package let rationale = "Editors validate and complete templates against $schema; old schema versions lack newer template features."
    package let help = "Use https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json# (resource group), 2018-05-01/subscriptionDeploymentTemplate.json#, 2019-08-01/managementGroupDeploymentTemplate.json# or 2019-08-01/tenantDeploymentTemplate.json#."
    package let defaultLevel = LintLevel.warning
    package init() {}

    /// The current schema of each deployment scope, keyed by the schema's file name.
    static let current: [String: String] = [
        "deploymenttemplate.json": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        "subscriptiondeploymenttemplate.json": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
        "managementgroupdeploymenttemplate.json": "https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#",
        "tenantdeploymenttemplate.json": "https://schema.management.azure.com/schemas/2019-08-01/tenantDeploymentTemplate.json#",
    ]

    package func check(_ context: LintContext) -> [LintFinding] {
        guard let root = context.document.value.objectValue, let key = root.writtenKey(for: "$schema"),
              let schema = root[key]?.stringValue else { return [] }
        let file = schema.split(separator: "/").last.map { String($0).lowercased() } ?? ""
        let name = file.hasSuffix("#") ? String(file.dropLast()) : file
        guard let current = Self.current[name] else { return [] }
        let normalized = schema.hasSuffix("#") ? schema : schema + "#"
        guard !JSONObject.equalIgnoringCase(normalized, current) else { return [] }
        let path = JSONPath.root.appending(key)
        return [context.finding(self, "'$schema' is '\(schema)'; the current schema for this scope is '\(current)'.",
                                at: path, fix: LintFix(path: path, replacement: .string(current), isSafe: false,
                                                       summary: "use the current schema"))]
    }
}
