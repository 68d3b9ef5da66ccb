@testable import ArmletCLI
import ArmletJSON
@testable import ArmletEngine
import Foundation
import Testing

/// The benchmark's shape as a correctness test: 800 resources (disks through the Compute provider,
/// storage accounts through the generic one) against a state holding exactly those 800 are 800
/// NoChange; one changed copy-loop parameter turns exactly the affected half into Modify.
@Suite struct WhatIfScaleTests {
    static func template(count: Int, diskSize: Int = 64) -> String {
        """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.Compute/disks", "apiVersion": "2022-03-02",
              "name": "[concat('disk-', copyIndex())]", "location": "[resourceGroup().location]",
              "copy": { "name": "disks", "count": \(count / 2) },
              "tags": { "env": "bench", "index": "[string(copyIndex())]" },
              "sku": { "name": "Premium_LRS" },
              "properties": { "creationData": { "createOption": "Empty" }, "diskSizeGB": \(diskSize) }
            },
            {
              "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01",
              "name": "[concat('store', copyIndex())]", "location": "[resourceGroup().location]",
              "copy": { "name": "stores", "count": \(count - count / 2) },
              "kind": "StorageV2", "sku": { "name": "Standard_LRS" },
              "properties": { "minimumTlsVersion": "TLS1_2", "supportsHttpsTrafficOnly": true,
                              "networkAcls": { "defaultAction": "Deny", "ipRules": [ { "value": "10.0.0.0/24" } ] } }
            }
          ]
        }
        """
    }

    @Test func eightHundredRedeployedAreNoChange() throws {
        let world = try WhatIfWorld()
        let plan = try WhatIfTestSupport.expand(Self.template(count: 800))
        #expect(world.deploy(plan) == 0)
        let current = try world.current()
        #expect(current.count == 801)  // the 800 resources and their group
        let start = Date()
        let result = WhatIfDiffer().whatIf(plan: plan, current: current)
        print("what-if 800 vs 800: \(Int(Date().timeIntervalSince(start) * 1000)) ms")
        #expect(result.count(of: .noChange) == 800)
        let grown = WhatIfDiffer().whatIf(plan: try WhatIfTestSupport.expand(Self.template(count: 800, diskSize: 128)),
                                          current: current)
        #expect(grown.count(of: .modify) == 400 && grown.count(of: .noChange) == 400)
        #expect(grown.changes.filter { $0.changeType == .modify }.allSatisfy {
            $0.delta == [WhatIfPropertyChange(path: "properties.diskSizeGB", .modify, before: 64, after: 128)]
        })
    }
}
