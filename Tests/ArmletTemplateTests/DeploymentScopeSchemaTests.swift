import ArmletExpressions
import ArmletTemplate
import Testing

@Suite struct DeploymentScopeSchemaTests {
    @Test func theSchemaNamesTheScope() {
        let base = "https://schema.management.azure.com/schemas/2019-08-01/"
        #expect(DeploymentContext.scope(forSchema: base + "deploymentTemplate.json#") == .resourceGroup)
        #expect(DeploymentContext.scope(forSchema: base + "subscriptionDeploymentTemplate.json#") == .subscription)
        #expect(DeploymentContext.scope(forSchema: base + "managementGroupDeploymentTemplate.json#") == .managementGroup)
        #expect(DeploymentContext.scope(forSchema: base + "tenantDeploymentTemplate.json#") == .tenant)
        #expect(DeploymentContext.scope(forSchema: "HTTPS://X/SUBSCRIPTIONDEPLOYMENTTEMPLATE.JSON") == .subscription)
        #expect(DeploymentContext.scope(forSchema: nil) == .resourceGroup)
        #expect(DeploymentContext.scope(forSchema: "") == .resourceGroup)
        #expect(DeploymentContext.scope(forSchema: "tenantdeployment") == .resourceGroup)
        #expect(DeploymentContext.scope(forSchema: "é/tenantDeploymentTemplate.json") == .tenant)
    }
}
