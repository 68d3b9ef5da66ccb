import ArmletCLI
import ArmletEngine
import ArmletJSON
import ArmletProviders
import ArmletState
import ArmletTemplate
import Foundation

/// What-if of an 800-resource template (400 disks through the simulated Compute provider, 400
/// storage accounts through the generic one) against a state already holding those 800: the diff
/// alone, and the diff plus the `az` text rendering. Every change must be NoChange (the check).
func whatIfPhases(count: Int = 800) -> [Phase] {
    let half = count / 2
    let template = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.Compute/disks", "apiVersion": "2022-03-02",
              "name": "[concat('disk-', copyIndex())]", "location": "[resourceGroup().location]",
              "copy": { "name": "disks", "count": \(half) },
              "tags": { "env": "bench", "index": "[string(copyIndex())]" },
              "sku": { "name": "Premium_LRS" },
              "properties": { "creationData": { "createOption": "Empty" }, "diskSizeGB": 64 }
            },
            {
              "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01",
              "name": "[concat('store', copyIndex())]", "location": "[resourceGroup().location]",
              "copy": { "name": "stores", "count": \(count - half) },
              "kind": "StorageV2", "sku": { "name": "Standard_LRS" },
              "properties": { "minimumTlsVersion": "TLS1_2", "supportsHttpsTrafficOnly": true,
                              "networkAcls": { "defaultAction": "Deny", "ipRules": [ { "value": "10.0.0.0/24" } ] } }
            }
          ]
        }
        """
    var context = DeploymentContext()
    context.subscriptionId = SubscriptionRecord.default.id
    context.resourceGroupName = "bench"
    guard let loaded = try? TemplateLoader.load(text: template, file: "whatif-bench.json") else { return [] }
    let plan = TemplateExpander.expand(loaded, context: context).plan
    guard let current = try? deployedState(of: plan) else { return [] }
    let bytes = template.utf8.count
    let differ = WhatIfDiffer()
    let diff = Phase(name: "what-if \(count) vs \(count) (diff)", bytes: bytes, items: count) {
        differ.whatIf(plan: plan, current: current).count(of: .noChange)
    }
    let render = Phase(name: "what-if \(count) vs \(count) (+ text)", bytes: bytes, items: count) {
        let result = differ.whatIf(plan: plan, current: current)
        return WhatIfRenderer().render(result).isEmpty ? 0 : result.count(of: .noChange)
    }
    return [diff, render]
}

/// The plan's resources PUT through the standard providers into an in-memory store, read back as GETs.
private func deployedState(of plan: DeploymentPlan) throws -> [JSONValue] {
    let store = try SQLiteStateStore.inMemory()
    let registry = ProviderRegistry.standard()
    let now = Date(timeIntervalSince1970: 1_767_225_600)
    let group = ResourceGroupRecord(subscriptionId: SubscriptionRecord.default.id, name: "bench", location: "westus",
                                    createdTime: now)
    try store.write { try $0.save(group) }
    for r in plan.deployedResources {
        let request = ResourceRequest(id: r.id, type: r.type, apiVersion: r.apiVersion ?? "", name: r.name,
                                      body: .object(r.body), subscription: .default, resourceGroup: group, now: now)
        let provider = registry.provider(for: r.type)
        _ = try store.write { try provider.put(request, in: $0) }
    }
    let records = try store.read { try $0.resources(matching: ResourceQuery()) }
    return try records.map { record in
        let request = ResourceRequest(id: record.id, type: record.type, apiVersion: record.apiVersion, name: record.name,
                                      subscription: .default, resourceGroup: group, now: now)
        let provider = registry.provider(for: record.type)
        return try store.read { try provider.get(request, in: $0) }
    }
}
