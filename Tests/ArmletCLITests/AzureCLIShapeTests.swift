@testable import ArmletCLI
import ArmletCore
import ArmletEngine
import ArmletJSON
import Testing

/// What the Azure CLI does to a result before and while printing it, each pinned against what the
/// real `az` 2.91.0 printed for the same resource (scripts/client-tests/az-cli.sh compares whole runs).
@Suite struct AzureCLIShapeTests {
    static let diskId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/disks/d1"

    @Test func everyObjectWithAResourceIdGainsItsGroupAtTheEnd() {
        let value: JSONValue = [
            "id": .string(Self.diskId), "name": "d1",
            "nested": ["id": .string(Self.diskId + "/x"), "keep": 1],
            "group": ["id": "/subscriptions/s/resourceGroups/rg"],
            "sourceVault": ["id": .string(Self.diskId)],
            "already": ["id": .string(Self.diskId), "ResourceGroup": "other"],
            "list": [["id": .string(Self.diskId)]],
        ]
        let result = ResourceGroupTransform.apply(value)
        #expect(result.objectValue?.keys.last == "resourceGroup")
        #expect(result["resourceGroup"] == "rg")
        #expect(result["nested"]?["resourceGroup"] == "rg")
        #expect(result["group"]?["resourceGroup"] == nil)
        #expect(result["sourceVault"]?["resourceGroup"] == nil)
        #expect(result["already"]?.objectValue?.count == 2)
        #expect(result["list"]?[0]?["resourceGroup"] == "rg")
    }

    @Test func resourcesAreFlattenedInTheGeneratedCommandsOrder() {
        let body: JSONValue = [
            "name": "snap1", "location": "westus", "id": "/subscriptions/s/resourceGroups/rg/providers/x/y/snap1",
            "sku": ["tier": "Standard", "name": "Standard_LRS"], "tags": ["z": "1", "a": "2"],
            "properties": ["timeCreated": "t", "LastOwnershipUpdateTime": "u", "completionPercent": 0.0,
                           "creationData": ["sourceResourceId": "x", "createOption": "Copy"]],
        ]
        let shaped = ResourceGroupTransform.apply(AzureResourceShape.flatten(body))
        #expect(shaped.objectValue?.keys == ["id", "location", "name", "LastOwnershipUpdateTime", "completionPercent",
                                             "creationData", "timeCreated", "sku", "tags", "resourceGroup"])
        #expect(shaped["creationData"]?.objectValue?.keys == ["createOption", "sourceResourceId"])
        #expect(shaped["sku"]?.objectValue?.keys == ["name", "tier"])
        #expect(shaped["tags"]?.objectValue?.keys == ["z", "a"])
    }

    @Test func pythonJSONMatchesJsonDumps() {
        let value: JSONValue = ["code": "X", "message": "a \"quoted\" é\n\u{1}", "n": 1.0, "list": [1, nil, true]]
        #expect(PythonJSON.dumps(value)
                == #"{"code": "X", "message": "a \"quoted\" \u00e9\n\u0001", "n": 1.0, "list": [1, null, true]}"#)
        #expect(PythonJSON.dumps(["a": [1, ["b": [:]]], "c": []], indent: 4)
                == "{\n    \"a\": [\n        1,\n        {\n            \"b\": {}\n        }\n    ],\n    \"c\": []\n}")
        #expect(PythonJSON.dumps(.string("😀")) == #""\ud83d\ude00""#)
    }

    @Test func serviceErrorsReadAsAzureCoreWritesThem() {
        let inner = ARMError(code: "Inner", message: "inner message", target: "apiVersion",
                             additionalInfo: [["type": "TemplateViolation", "info": ["lineNumber": 19]]])
        let error = ARMError(code: "Outer", message: "outer message", details: [inner])
        #expect(AzureErrorText.describe(error) == """
            (Outer) outer message
            Code: Outer
            Message: outer message
            Exception Details:\t(Inner) inner message
            \tCode: Inner
            \tMessage: inner message
            \tTarget: apiVersion
            \tAdditional Information:Type: TemplateViolation
            \tInfo: {
            \t    "lineNumber": 19
            \t}
            """)
    }

    @Test func preflightFailuresInBothOfTheCLIsForms() {
        let error = ARMError(code: "InvalidTemplateDeployment", message: "outer",
                             details: [ARMError(code: "NoRegisteredProviderFound", message: "inner", target: "apiVersion")])
        #expect(AzureErrorText.preflight(error, form: .errorResponse).text == """
            {"code": "InvalidTemplateDeployment", "message": "outer"}

            Inner Errors: \n{"code": "NoRegisteredProviderFound", "target": "apiVersion", "message": "inner"}
            """)
        #expect(AzureErrorText.preflight(error, form: .failedOperation).text
                == "InvalidTemplateDeployment - outer\nNoRegisteredProviderFound - inner")
    }

    @Test func tableTransformersShapeRowsAsTheCLIDoes() throws {
        let disk: JSONValue = ["name": "d1", "resourceGroup": "rg", "location": "westus", "zones": nil,
                               "sku": ["name": "Premium_LRS"], "diskSizeGB": 8, "provisioningState": "Succeeded"]
        let row = try TableTransformer.diskShow.apply(disk)
        #expect(row.objectValue?.keys == ["Name", "ResourceGroup", "Location", "Zones", "Sku", "OsType", "SizeGb",
                                          "ProvisioningState"])
        #expect(row["Zones"] == " ")
        #expect(row["SizeGb"] == 8)
        #expect(try TableTransformer.diskCreate.apply(disk)["SizeGb"] == .null)
        // The CLI's `join(` `, zones)` reads the blank literal as jmespath.py does: stripped, so "".
        let zoned = try TableTransformer.diskShow.apply(["name": "d2", "zones": ["1", "2"]])
        #expect(zoned["Zones"] == "12")

        let failed: JSONValue = ["error": ["code": "InvalidTemplate", "message": "Tracking id 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'.\nnext 11111111-2222-3333-4444-555555555555",
                                           "details": [["message": "first detail"]]]]
        let validate = try TableTransformer.deploymentValidate.apply(failed)
        #expect(validate.objectValue?.keys == ["result", "trackingId", "message"])
        #expect(validate["trackingId"] == "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")
        #expect(TableTransformer.lastGUID(in: "ids a1b2c3d4-0000-1111-2222-333344445555 and "
                                          + "ffffffff-0000-1111-2222-333344445555.") == "ffffffff-0000-1111-2222-333344445555")
        #expect(TableTransformer.lastGUID(in: "none here\naaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee") == nil)
        #expect(validate["message"] == "first detail")

        let listed = try TableTransformer.deploymentList.apply([
            ["name": "b", "properties": ["timestamp": "2026-01-02", "provisioningState": "Succeeded", "mode": "Incremental"]],
            ["name": "a", "resourceGroup": "rg", "properties": ["timestamp": "2026-01-01", "provisioningState": "Failed",
                                                                "mode": "Complete"]],
        ])
        #expect(listed[0]?.objectValue?.keys == ["Name", "State", "Timestamp", "Mode", "ResourceGroup"])
        #expect(listed[1]?["Name"] == "b")
    }

    @Test func waitConditionsUsePythonTruthiness() {
        for falsy: JSONValue in [.null, false, 0, 0.0, "", [], [:]] {
            #expect(!AzureWait.isTruthy(falsy))
        }
        for truthy: JSONValue in [true, 1, 0.5, "x", [0], ["a": nil]] {
            #expect(AzureWait.isTruthy(truthy))
        }
    }
}
