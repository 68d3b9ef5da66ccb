@testable import ArmletCLI
import ArmletJSON
import Testing

/// ARM's bodies become what `az` prints: every SDK attribute in order, `null` where ARM sent nothing,
/// unknown members dropped, `resourceGroup` taken from the object's id.
@Suite struct AzureSDKModelTests {
    @Test func deploymentBodyIsFilledAndOrderedAsTheSDKPrintsIt() {
        let id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Resources/deployments/d"
        let arm: JSONValue = [
            "id": .string(id), "name": "d", "type": "Microsoft.Resources/deployments", "unknown": 1,
            "properties": ["provisioningState": "Succeeded", "mode": "Incremental",
                           "outputResources": [["id": "/subscriptions/s/resourceGroups/rg/providers/A.B/c/x"]]],
        ]
        let printed = AzureSDKModels.deployment.project(arm)
        #expect(printed.objectValue?.keys == ["id", "location", "name", "properties", "resourceGroup", "tags", "type"])
        #expect(printed["resourceGroup"] == "rg" && printed["location"] == .null && printed["unknown"] == nil)
        #expect(printed["properties"]?["templateLink"] == .null)
        #expect(printed["properties"]?["outputResources"]?[0] == [
            "apiVersion": nil, "extension": nil, "id": "/subscriptions/s/resourceGroups/rg/providers/A.B/c/x",
            "identifiers": nil, "resourceGroup": "rg", "resourceType": nil,
        ])
        #expect(printed["properties"]?["validatedResources"] == .null)
    }

    @Test func groupWithoutTagsPrintsNullTags() {
        let printed = AzureSDKModels.resourceGroup.project([
            "id": "/subscriptions/s/resourceGroups/rg", "name": "rg", "type": "Microsoft.Resources/resourceGroups",
            "location": "westus", "properties": ["provisioningState": "Succeeded"],
        ])
        #expect(JSONWriter.write(printed, style: .compact)
                == #"{"id":"/subscriptions/s/resourceGroups/rg","location":"westus","managedBy":null,"name":"rg","properties":{"provisioningState":"Succeeded"},"tags":null,"type":"Microsoft.Resources/resourceGroups"}"#)
    }
}
