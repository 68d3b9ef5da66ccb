import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

@Suite("Registry and generic provider")
struct RegistryAndGenericTests {
    @Test("the standard registry sends disks and snapshots to Compute, groups and management groups to theirs, ignoring case, and the rest to the fallback")
    func registry() {
        let registry = ProviderRegistry.standard()
        #expect(registry.provider(for: "microsoft.compute/DISKS") is ComputeProvider)
        #expect(registry.provider(for: "Microsoft.Compute/snapshots") is ComputeProvider)
        #expect(registry.provider(for: "Microsoft.Storage/storageAccounts") is GenericProvider)
        #expect(registry.hasProvider(for: "MICROSOFT.COMPUTE/SNAPSHOTS"))
        #expect(!registry.hasProvider(for: "Microsoft.Network/virtualNetworks"))
        #expect(registry.provider(for: "Microsoft.Resources/resourceGroups") is ResourceGroupProvider)
        #expect(registry.provider(for: "microsoft.management/managementgroups") is ManagementGroupProvider)
        #expect(registry.provider(for: "Microsoft.Resources/deploymentScripts") is UnsupportedTypeProvider)
        #expect(registry.registeredTypes == ["microsoft.compute/disks", "microsoft.compute/snapshots",
                                             "microsoft.management/managementgroups",
                                             "microsoft.resources/deploymentscripts", "microsoft.resources/resourcegroups"])
    }

    @Test("the generic provider stores any type with id, name, type, normalised location and provisioningState")
    func genericPut() throws {
        let h = try Harness()
        let type = "Microsoft.Network/virtualNetworks"
        let body: JSONValue = ["location": "West US", "tags": ["env": "dev"],
                               "properties": ["addressSpace": ["addressPrefixes": ["10.0.0.0/16"]]]]
        let result = try h.store.write { try h.registry.provider(for: type).put(h.request(type, "vnet", body), in: $0) }
        #expect(result.change == .created)
        #expect(!result.isLongRunning)
        let stored = try h.get(type, "vnet")
        #expect(stored == [
            "id": .string(h.id(type, "vnet")), "name": "vnet", "type": .string(type), "location": "westus",
            "tags": ["env": "dev"],
            "properties": ["addressSpace": ["addressPrefixes": ["10.0.0.0/16"]], "provisioningState": "Succeeded"],
        ])
        #expect(stored.objectValue?.keys.prefix(4) == ["id", "name", "type", "location"])
        let again = try h.store.write { try h.registry.provider(for: type).put(h.request(type, "vnet", body), in: $0) }
        #expect(again.change == .updated)
        #expect(try h.list(type).count == 1)
        #expect(try h.delete(type, "vnet").change == .deleted)
        #expect(try h.delete(type, "vnet").change == ProviderResult.Change.none)
    }

    @Test("a missing resource is ARM's ResourceNotFound with the gateway's wording")
    func notFound() throws {
        let h = try Harness()
        let error = providerError { try h.get("Microsoft.Compute/snapshots", "disk1") }
        #expect(error?.code == "ResourceNotFound")
        #expect(error?.httpStatus == 404)
        #expect(error?.message == "The Resource 'Microsoft.Compute/snapshots/disk1' under resource group 'rg' was "
            + "not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix")
        let generic = providerError { try h.get("Microsoft.Web/sites", "app") }
        #expect(generic?.code == "ResourceNotFound")
    }

    @Test("the generic provider refuses actions")
    func genericAction() throws {
        let h = try Harness()
        let error = providerError { try h.action("Microsoft.Web/sites", "app", "restart") }
        #expect(error?.code == "InvalidResourceOperation")
    }

    @Test("a generic PATCH merges the body: objects merge, null removes")
    func genericPatch() throws {
        let h = try Harness()
        let type = "Microsoft.Storage/storageAccounts"
        try h.put(type, "sa", ["location": "westus", "tags": ["a": "1"], "properties": ["x": 1, "y": 2]])
        let patched = try h.patch(type, "sa", ["tags": ["b": "2"], "properties": ["y": nil, "z": 3]])
        #expect(patched["tags"] == ["a": "1", "b": "2"])
        #expect(patched["properties"] == ["x": 1, "z": 3, "provisioningState": "Succeeded"])
    }
}
