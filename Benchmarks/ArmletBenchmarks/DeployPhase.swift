import ArmletCore
import ArmletEngine
import ArmletJSON
import ArmletState
import ArmletTemplate
import Foundation

/// "plan + apply 800 resources": a generated template of 4 Standard disks, 7 incremental snapshots
/// of each (the documented per-disk limit for five minutes) and 768 user-assigned identities (a real type
/// Armlet stores as given; the phase used a made-up namespace that validation now refuses), deployed into
/// a fresh in-memory SQLite store: load, expand, preflight (with its dry run) and apply, one state
/// transaction per resource. No background copy is involved (Standard disks), so no copy time.
/// "plan only" stops after validation (expansion and preflight).
func deployPhases() -> [Phase] {
    let text = generatedDeploymentTemplate(disks: 4, snapshotsPerDisk: 7, generic: 768)
    let items = 800
    return [
        Phase(name: "plan only (800 resources)", bytes: text.utf8.count, items: items) {
            let (context, request) = try freshDeployment(text)
            return try context.deployments.validate(request).isValid ? items : 0
        },
        Phase(name: "plan + apply (800 resources)", bytes: text.utf8.count, items: items) {
            let (context, request) = try freshDeployment(text)
            let record = try context.deployments.deploy(request)
            guard record.provisioningState == .succeeded else { return 0 }
            return try context.store.read { try $0.resources(subscriptionId: SubscriptionRecord.default.id) }.count
        },
    ]
}

private func freshDeployment(_ text: String) throws -> (EngineContext, DeploymentRequest) {
    let context = EngineContext(store: try SQLiteStateStore.inMemory(),
                                clock: VirtualClock(Date(timeIntervalSince1970: 1_767_225_600)))
    try context.resources.createOrUpdateGroup(name: "bench", location: "westus")
    let loaded = try TemplateLoader.load(text: text, file: "bench.json")
    return (context, DeploymentRequest(name: "bench", resourceGroup: "bench", template: loaded))
}

/// A template with `disks` Standard disks, `snapshotsPerDisk` incremental snapshots of each, and
/// `generic` resources of a type Armlet stores as given (user-assigned identities).
func generatedDeploymentTemplate(disks: Int, snapshotsPerDisk: Int, generic: Int) -> String {
    """
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "resources": [
        {
          "type": "Microsoft.Compute/disks", "apiVersion": "2022-03-02",
          "name": "[format('disk{0}', copyIndex())]", "location": "[resourceGroup().location]",
          "copy": {"name": "disks", "count": \(disks)},
          "sku": {"name": "Standard_LRS"},
          "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 32}
        },
        {
          "type": "Microsoft.Compute/snapshots", "apiVersion": "2022-03-02",
          "name": "[format('snap{0}', copyIndex())]", "location": "[resourceGroup().location]",
          "copy": {"name": "snapshots", "count": \(disks * snapshotsPerDisk)},
          "dependsOn": ["[resourceId('Microsoft.Compute/disks', format('disk{0}', div(copyIndex(), \(snapshotsPerDisk))))]"],
          "properties": {
            "creationData": {
              "createOption": "Copy",
              "sourceResourceId": "[resourceId('Microsoft.Compute/disks', format('disk{0}', div(copyIndex(), \(snapshotsPerDisk))))]"
            },
            "incremental": true
          }
        },
        {
          "type": "Microsoft.ManagedIdentity/userAssignedIdentities", "apiVersion": "2023-01-31",
          "name": "[format('identity{0}', copyIndex())]", "location": "[resourceGroup().location]",
          "copy": {"name": "identities", "count": \(generic)},
          "tags": {"index": "[string(copyIndex())]", "label": "[concat('w-', uniqueString(resourceGroup().id, string(copyIndex())))]"}
        }
      ]
    }
    """
}
