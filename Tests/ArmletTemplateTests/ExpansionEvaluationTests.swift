import ArmletJSON
import Foundation
import Testing
@testable import ArmletTemplate

/// Parameters, variables, functions, deferred values, symbolic names and nested deployments.
@Suite struct ExpansionEvaluationTests {
    static let rg = ExpansionResourceTests.rg
    static func template(_ resources: String, parameters: String = "{}", variables: String = "{}",
                         outputs: String = "{}") -> String {
        ExpansionResourceTests.template(resources, parameters: parameters, variables: variables, outputs: outputs)
    }

    @Test func variablesAreLazyCaseInsensitiveAndLoop() throws {
        let text = Self.template("[]", variables: """
            {"Prefix": "app", "names": "[concat(variables('prefix'), '-web')]",
             "copy": [{"name": "disks", "count": 2, "input": {"lun": "[copyIndex('disks')]"}}]}
            """, outputs: #"{"n": {"type": "string", "value": "[variables('NAMES')]"}, "d": {"type": "array", "value": "[variables('disks')]"}}"#)
        let outputs = try ExpansionTestSupport.expand(text).plan.outputs
        #expect(outputs.map(\.value) == ["app-web", [["lun": 0], ["lun": 1]]])
    }

    @Test func variableCycleIsReported() throws {
        let text = Self.template("[]", variables: #"{"a": "[variables('b')]", "b": "[variables('a')]"}"#,
                                 outputs: #"{"o": {"type": "string", "value": "[variables('a')]"}}"#)
        let d = try #require(try ExpansionTestSupport.expand(text).diagnostics.first)
        #expect(d.code == "InvalidTemplate")
        #expect(d.message.hasPrefix("The template variable 'b' is not valid: Circular reference detected in template variable 'a'."))
        #expect(d.location?.line == 2)
    }

    @Test func parameterDefaultsMayUseUtcNowAndNewGuidButNothingElseMay() throws {
        var context = DeploymentContext()
        context.guidSource = { "aaaaaaaa-0000-0000-0000-000000000000" }
        let ok = Self.template("[]", parameters: """
            {"stamp": {"type": "string", "defaultValue": "[utcNow('yyyy')]"},
             "id": {"type": "string", "defaultValue": "[newGuid()]"}}
            """, outputs: #"{"s": {"type": "string", "value": "[concat(parameters('stamp'), parameters('id'))]"}}"#)
        #expect(try ExpansionTestSupport.expand(ok, context: context).plan.outputs.first?.value
                == "2024aaaaaaaa-0000-0000-0000-000000000000")
        let bad = Self.template("[]", outputs: #"{"s": {"type": "string", "value": "[utcNow()]"}}"#)
        let d = try #require(try ExpansionTestSupport.expand(bad).diagnostics.first)
        #expect(d.message.hasPrefix("The template output 's' is not valid: "))
    }

    @Test func userFunctionsSeeOnlyTheirParameters() throws {
        let functions = """
            [{"namespace": "contoso", "members": {
              "uniqueName": {"parameters": [{"name": "namePrefix", "type": "string"}],
                             "output": {"type": "string", "value": "[concat(toLower(parameters('namePrefix')), 'x')]"}},
              "bad": {"parameters": [], "output": {"type": "string", "value": "[variables('v')]"}}}}]
            """
        let text = """
            {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
             "contentVersion": "1.0.0.0", "functions": \(functions), "variables": {"v": "1"}, "resources": [],
             "outputs": {"ok": {"type": "string", "value": "[contoso.uniqueName('ABC')]"},
                         "bad": {"type": "string", "value": "[contoso.bad()]"}}}
            """
        let result = try ExpansionTestSupport.expand(text)
        #expect(result.plan.outputs.first?.value == "abcx")
        #expect(result.diagnostics.map(\.message) == [
            "The template output 'bad' is not valid: The template function 'variables' is not expected at this location.. "
                + "Please see https://aka.ms/arm-template-expressions for usage details.",
        ])
    }

    @Test func referenceToATemplateResourceIsDeferredAndAddsADependency() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "st"},
             {"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "[concat('web', copyIndex())]", "copy": {"name": "w", "count": 2},
              "properties": {"endpoint": "[reference('st').primaryEndpoints.blob]", "plain": "[copyIndex()]",
                             "keys": "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01').keys[0].value]"}}]
            """, outputs: #"{"blob": {"type": "string", "value": "[reference('st').primaryEndpoints.blob]"}, "n": {"type": "int", "value": 3}}"#)
        let result = try ExpansionTestSupport.expand(text)
        #expect(result.diagnostics.isEmpty)
        let plan = result.plan
        let st = Self.rg + "Microsoft.Storage/storageAccounts/st"
        let web1 = plan.resources[2]
        #expect(web1.dependsOn == [st])
        #expect(web1.body["properties"]?["endpoint"] == "[reference('st').primaryEndpoints.blob]")
        #expect(web1.body["properties"]?["plain"] == 1)
        #expect(web1.deferred.map(\.path.description) == ["properties.endpoint", "properties.keys"])
        #expect(web1.deferred[0].copyIndices == ["": 1, "w": 1])
        #expect(web1.deferred[0].waitsFor == [st])
        #expect(plan.outputs[0].isDeferred && plan.outputs[0].waitsFor == [st])
        #expect(plan.outputs[1].value == 3)
        #expect(plan.dependencyOrder.map(\.count) == [1, 2])

        struct Resolver: DeferredReferenceResolver {
            func reference(resourceId: String, arguments: [JSONValue]) throws -> JSONValue {
                ["primaryEndpoints": ["blob": .string("https://\(resourceId.split(separator: "/").last ?? "")/")]]
            }
            func list(function: String, resourceId: String, arguments: [JSONValue]) throws -> JSONValue {
                ["keys": [["value": "secret"]]]
            }
        }
        let body = try plan.resolvedBody(of: web1, resolver: Resolver())
        #expect(body["properties"]?["endpoint"] == "https://st/")
        #expect(body["properties"]?["keys"] == "secret")
        #expect(try plan.evaluateOutput(plan.outputs[0], resolver: Resolver()) == "https://st/")
    }

    @Test func referenceInANameIsAnError() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "[reference('x').name]"}]
            """)
        let d = try #require(try ExpansionTestSupport.expand(text).diagnostics.first)
        #expect(d.message == "The template resource '[reference('x').name]' at line '3' and column '16' is not valid: "
                + "The template function 'reference' is not expected at this location.. Please see "
                + "https://aka.ms/arm-template-expressions for usage details.")
    }

    @Test func symbolicNamesExistingAndDependsOn() throws {
        let text = """
            {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
             "languageVersion": "2.0", "contentVersion": "1.0.0.0",
             "resources": {
               "vnet": {"existing": true, "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "hub"},
               "st": {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "[format('st{0}', copyIndex())]",
                      "copy": {"name": "stLoop", "count": 2}},
               "app": {"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "app", "dependsOn": ["st[1]"],
                       "properties": {"subnet": "[reference('vnet').subnets[0].id]", "st": "[reference('st[0]').x]"}}
             }}
            """
        let result = try ExpansionTestSupport.expand(text)
        #expect(result.diagnostics.isEmpty)
        let vnet = result.plan.resources[0]
        #expect(vnet.existing && !vnet.isDeployed && vnet.symbolicName == "vnet")
        let app = try #require(result.plan.resources.last)
        #expect(app.dependsOn == [Self.rg + "Microsoft.Storage/storageAccounts/st1",
                                  Self.rg + "Microsoft.Storage/storageAccounts/st0"])
        #expect(app.deferred.count == 2 && app.deferred[0].waitsFor.isEmpty)
        #expect(result.plan.dependencyOrder.count == 2)
    }

    @Test func nestedDeploymentInnerScopeExpandsIntoItsResourceGroup() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "vnet"},
             {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "inner",
              "resourceGroup": "other-rg", "dependsOn": ["vnet"],
              "properties": {"mode": "Incremental", "expressionEvaluationOptions": {"scope": "inner"},
                "parameters": {"name": {"value": "[concat(variables('prefix'), 'st')]"}},
                "template": {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0", "parameters": {"name": {"type": "string"}},
                  "variables": {"prefix": "inner-"},
                  "resources": [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01",
                                 "name": "[concat(variables('prefix'), parameters('name'))]",
                                 "location": "[resourceGroup().name]"}],
                  "outputs": {"rg": {"type": "string", "value": "[resourceGroup().name]"}}}}}]
            """, variables: #"{"prefix": "outer-"}"#)
        let result = try ExpansionTestSupport.expand(text)
        #expect(result.diagnostics.isEmpty)
        let sub = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/"
        let deployment = result.plan.resources[1]
        #expect(deployment.id == sub + "other-rg/providers/Microsoft.Resources/deployments/inner")
        let storage = result.plan.resources[2]
        #expect(storage.id == sub + "other-rg/providers/Microsoft.Storage/storageAccounts/inner-outer-st")
        #expect(storage.location == "other-rg")
        #expect(storage.deployment == deployment.id)
        #expect(storage.dependsOn == [Self.rg + "Microsoft.Network/virtualNetworks/vnet"])
        #expect(deployment.nested?.outputs.first?.value == "other-rg")
        #expect(result.plan.dependencyOrder == [[Self.rg + "Microsoft.Network/virtualNetworks/vnet"], [storage.id],
                                                [deployment.id]])
    }

    @Test func nestedDeploymentOuterScopeUsesTheParentsVariables() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "outer",
              "properties": {"mode": "Incremental",
                "template": {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "resources": [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01",
                                 "name": "[variables('name')]"}]}}}]
            """, variables: #"{"name": "fromparent"}"#)
        let result = try ExpansionTestSupport.expand(text)
        #expect(result.plan.resources.map(\.name) == ["outer", "fromparent"])
        #expect(result.plan.resources[0].nested?.evaluationScope == "outer")
    }

    @Test func nestedDeploymentWaitingForAReferenceIsExpandedLater() throws {
        let text = Self.template("""
            [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "st"},
             {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "later",
              "properties": {"mode": "Incremental", "expressionEvaluationOptions": {"scope": "inner"},
                "parameters": {"endpoint": {"value": "[reference('st').primaryEndpoints.blob]"}},
                "template": {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0", "parameters": {"endpoint": {"type": "string"}}, "resources": []}}}]
            """)
        let result = try ExpansionTestSupport.expand(text)
        #expect(result.diagnostics.isEmpty)
        let deployment = result.plan.resources[1]
        #expect(deployment.nested?.deferredReason != nil)
        #expect(deployment.dependsOn == [Self.rg + "Microsoft.Storage/storageAccounts/st"])
    }

    @Test func userDefinedTypesAreChecked() throws {
        let text = """
            {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
             "languageVersion": "2.0", "contentVersion": "1.0.0.0",
             "definitions": {"subnet": {"type": "object", "properties": {
                "name": {"type": "string", "minLength": 2}, "size": {"type": "int", "nullable": true}}}},
             "parameters": {"subnets": {"type": "array", "items": {"$ref": "#/definitions/subnet"}}},
             "resources": {}}
            """
        let good = try ExpansionTestSupport.expand(text, parameters: ["subnets": [["name": "ab"]]])
        #expect(good.diagnostics.isEmpty)
        let bad = try ExpansionTestSupport.expand(text, parameters: ["subnets": [["name": "a"], ["size": 1]]])
        #expect(bad.diagnostics.map(\.message) == [
            "The provided value '[{\"name\":\"a\"},{\"size\":1}]' for the template parameter 'subnets' at line '5' and column '17' "
                + "is not valid. The value at '[0].name': The value length '1' is less than '2'.",
            "The provided value '[{\"name\":\"a\"},{\"size\":1}]' for the template parameter 'subnets' at line '5' and column '17' "
                + "is not valid. The value at '[1]': The required property 'name' is missing.",
        ])
    }

    @Test func missingRequiredParameterStopsExpansion() throws {
        let text = Self.template("[]", parameters: #"{"name": {"type": "string"}}"#)
        let result = try ExpansionTestSupport.expand(text)
        #expect(result.diagnostics.map(\.code) == ["InvalidTemplate"])
        #expect(result.diagnostics[0].message.hasPrefix("The value for the template parameter 'name' at line '2'"))
    }
}
