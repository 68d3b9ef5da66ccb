import ArmletJSON
import Foundation
import Testing
@testable import ArmletTemplate

/// Resources: ids, copy loops, conditions, child resources, dependencies and their order.
@Suite struct ExpansionResourceTests {
    static let rg = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/armlet-rg/providers/"

    static func template(_ resources: String, parameters: String = "{}", variables: String = "{}",
                         outputs: String = "{}") -> String {
        """
        {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "contentVersion": "1.0.0.0", "parameters": \(parameters), "variables": \(variables),
         "resources": \(resources), "outputs": \(outputs)}
        """
    }

    @Test func seedTemplateExpandsToOneSnapshot() throws {
        let path = TestSupport.packageRoot.appendingPathComponent("Templates/incremental-snapshot.json").path
        let loaded = try TemplateLoader.load(path: path)
        var context = DeploymentContext()
        context.resourceGroupName = "disks"
        context.location = "eastus"
        let result = TemplateExpander.expand(loaded, context: context)
        #expect(result.diagnostics.isEmpty)
        let snapshot = try #require(result.plan.resources.first)
        #expect(result.plan.resources.count == 1)
        #expect(snapshot.name == "contosodisk1_snapshot1")
        #expect(snapshot.id == "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/disks/providers/"
                + "Microsoft.Compute/snapshots/contosodisk1_snapshot1")
        #expect(snapshot.location == "eastus")
        #expect(snapshot.body["properties"]?["incremental"] == true)
        #expect(result.plan.dependencyOrder == [[snapshot.id]])
    }

    @Test func copyLoopWithExpressionCountAndSerialBatches() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01",
              "name": "[concat('st', copyIndex(1))]", "location": "westus",
              "copy": {"name": "stLoop", "count": "[parameters('n')]", "mode": "serial", "batchSize": 2}}]
            """, parameters: #"{"n": {"type": "int", "defaultValue": 5}}"#)
        let plan = try ExpansionTestSupport.expand(text).plan
        #expect(plan.resources.map(\.name) == ["st1", "st2", "st3", "st4", "st5"])
        #expect(plan.resources[2].copy == PlannedResource.CopyInstance(name: "stLoop", index: 2, count: 5, isSerial: true,
                                                                     batchSize: 2))
        #expect(plan.dependencyOrder.map { $0.map { $0.components(separatedBy: "/").last ?? "" } }
                == [["st1", "st2"], ["st3", "st4"], ["st5"]])
    }

    @Test func copyCountOutOfRangeIsLocated() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "[concat('st', copyIndex())]",
              "copy": {"name": "l", "count": "[add(800, 1)]"}}]
            """)
        let result = try ExpansionTestSupport.expand(text)
        let d = try #require(result.diagnostics.first)
        #expect(d.code == "InvalidTemplate")
        #expect(d.message == "The template resource '[concat('st', copyIndex())]' at line '3' and column '16' is not valid: "
                + "The copy count must be a non-negative integer value and cannot exceed '800'. The provided value is "
                + "'801'.. Please see https://aka.ms/arm-template-expressions for usage details.")
        #expect(d.location?.line == 3 && d.location?.column == 16)
    }

    @Test func conditionFalseIsListedNotDeployedAndDroppedFromDependsOn() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Network/publicIPAddresses", "apiVersion": "2023-04-01", "name": "ip",
              "condition": "[equals(parameters('mode'), 'new')]", "properties": {"x": "[reference('nothing').y]"}},
             {"type": "Microsoft.Network/networkInterfaces", "apiVersion": "2023-04-01", "name": "nic",
              "dependsOn": ["ip"]}]
            """, parameters: #"{"mode": {"type": "string", "defaultValue": "existing"}}"#)
        let result = try ExpansionTestSupport.expand(text)
        #expect(result.diagnostics.isEmpty)
        let ip = try #require(result.plan.resources.first)
        #expect(!ip.condition && !ip.isDeployed && ip.body.isEmpty)
        #expect(result.plan.resources[1].dependsOn.isEmpty)
        #expect(result.plan.dependencyOrder == [[Self.rg + "Microsoft.Network/networkInterfaces/nic"]])
    }

    @Test func propertyCopyUsesLoopName() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Compute/virtualMachines", "apiVersion": "2023-03-01", "name": "vm",
              "properties": {"storageProfile": {"copy": [{"name": "dataDisks", "count": 2,
                "input": {"lun": "[copyIndex('dataDisks')]", "name": "[concat('disk', copyIndex('dataDisks', 1))]"}}]}}}]
            """)
        let plan = try ExpansionTestSupport.expand(text).plan
        #expect(plan.resources[0].body["properties"]?["storageProfile"] == [
            "dataDisks": [["lun": 0, "name": "disk1"], ["lun": 1, "name": "disk2"]],
        ])
    }

    @Test func childResourcesComposeTypeNameAndDependOnTheirParent() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Sql/servers", "apiVersion": "2022-05-01-preview", "name": "srv",
              "resources": [{"type": "databases", "apiVersion": "2022-05-01-preview", "name": "db"}]}]
            """)
        let plan = try ExpansionTestSupport.expand(text).plan
        let db = plan.resources[1]
        #expect(db.type == "Microsoft.Sql/servers/databases")
        #expect(db.name == "srv/db")
        #expect(db.id == Self.rg + "Microsoft.Sql/servers/srv/databases/db")
        #expect(db.dependsOn == [Self.rg + "Microsoft.Sql/servers/srv"])
        #expect(plan.dependencyOrder.count == 2)
    }

    @Test func dependsOnByNameAndByResourceId() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "vnet"},
             {"type": "Microsoft.Network/networkSecurityGroups", "apiVersion": "2023-04-01", "name": "nsg"},
             {"type": "Microsoft.Network/networkInterfaces", "apiVersion": "2023-04-01", "name": "nic",
              "dependsOn": ["vnet", "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg')]"]}]
            """)
        let plan = try ExpansionTestSupport.expand(text).plan
        #expect(plan.resources[2].dependsOn == [Self.rg + "Microsoft.Network/virtualNetworks/vnet",
                                                Self.rg + "Microsoft.Network/networkSecurityGroups/nsg"])
        #expect(plan.dependencyOrder.map(\.count) == [2, 1])
    }

    @Test func missingDependencyIsReportedWithARMsMessage() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Network/networkInterfaces", "apiVersion": "2023-04-01", "name": "nic",
              "dependsOn": ["Microsoft.Network/virtualNetworks/missing"]}]
            """)
        let d = try #require(try ExpansionTestSupport.expand(text).diagnostics.first)
        #expect(d.code == "InvalidTemplate")
        #expect(d.message == "Deployment template validation failed: 'The resource 'Microsoft.Network/virtualNetworks/missing' "
                + "is not defined in the template. Please see https://aka.ms/arm-syntax for usage details.'.")
        #expect(d.location.map { "\($0.line):\($0.column)" } == "4:17")
    }

    @Test func circularDependencyIsReportedWithARMsMessage() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "a", "dependsOn": ["b"]},
             {"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "b", "dependsOn": ["a"]}]
            """)
        let result = try ExpansionTestSupport.expand(text)
        let d = try #require(result.diagnostics.first)
        #expect(d.message == "Deployment template validation failed: 'Circular dependency detected on resource: '"
                + Self.rg + "Microsoft.Web/sites/a'. Please see https://aka.ms/arm-syntax-resources for usage details.'.")
        #expect(d.location?.line == 3)
    }

    @Test func subscriptionScopeIds() throws {
        let text = """
            {"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
             "contentVersion": "1.0.0.0",
             "resources": [{"type": "Microsoft.Resources/resourceGroups", "apiVersion": "2022-09-01", "name": "rg1",
                            "location": "westus"},
                           {"type": "Microsoft.Authorization/policyAssignments", "apiVersion": "2022-06-01", "name": "pa"}]}
            """
        let plan = try ExpansionTestSupport.expand(text).plan
        #expect(plan.scopeId == "/subscriptions/00000000-0000-0000-0000-000000000001")
        #expect(plan.resources.map(\.id) == [
            "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg1",
            "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/policyAssignments/pa",
        ])
    }

    @Test func extensionResourceIdUsesItsScope() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Authorization/locks", "apiVersion": "2020-05-01", "name": "lock",
              "scope": "Microsoft.Storage/storageAccounts/st", "properties": {"level": "CanNotDelete"}}]
            """)
        let plan = try ExpansionTestSupport.expand(text).plan
        #expect(plan.resources[0].id == Self.rg + "Microsoft.Storage/storageAccounts/st/providers/Microsoft.Authorization/locks/lock")
    }
}
