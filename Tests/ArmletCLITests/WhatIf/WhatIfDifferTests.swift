@testable import ArmletCLI
import ArmletJSON
import ArmletTemplate
@testable import ArmletEngine
import Testing

/// The done-list cases: the seed template (corrected to API version 2022-03-02) against an empty
/// group, against its own deployment, after a tag and `diskSizeGB` change, in Complete mode with an
/// extra snapshot, with a read-only property set, and a copy loop that grows and shrinks. "Current"
/// resources come from the standard providers' PUT into an in-memory store, so `before` is exactly
/// what Armlet returns. Texts are pinned in `Golden/whatif/<case>/` (`ARMLET_UPDATE_GOLDEN=1`).
@Suite struct WhatIfDifferTests {
    /// `Templates/incremental-snapshot.json` with the documented `2022-03-22` corrected to `2022-03-02`.
    static let seed = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "diskName": { "type": "string", "defaultValue": "contosodisk1" },
            "diskResourceId": { "defaultValue": "<your_managed_disk_resource_ID>", "type": "String" }
          },
          "resources": [
            {
              "type": "Microsoft.Compute/snapshots",
              "name": "[concat( parameters('diskName'),'_snapshot1')]",
              "location": "[resourceGroup().location]",
              "apiVersion": "2022-03-02",
              "properties": {
                "creationData": { "createOption": "Copy", "sourceResourceId": "[parameters('diskResourceId')]" },
                "incremental": true
              }
            }
          ]
        }
        """

    /// The seed with its source disk in the template too, tagged and sized by parameters.
    static let seedWithDisk = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "diskName": { "type": "string", "defaultValue": "contosodisk1" },
            "diskSizeGB": { "type": "int", "defaultValue": 8 },
            "env": { "type": "string", "defaultValue": "dev" },
            "skuTier": { "type": "string", "defaultValue": "" }
          },
          "resources": [
            {
              "type": "Microsoft.Compute/disks",
              "apiVersion": "2022-03-02",
              "name": "[parameters('diskName')]",
              "location": "[resourceGroup().location]",
              "tags": { "env": "[parameters('env')]" },
              "sku": "[if(empty(parameters('skuTier')), createObject('name', 'Standard_LRS'), createObject('name', 'Standard_LRS', 'tier', parameters('skuTier')))]",
              "properties": { "creationData": { "createOption": "Empty" }, "diskSizeGB": "[parameters('diskSizeGB')]" }
            },
            {
              "type": "Microsoft.Compute/snapshots",
              "apiVersion": "2022-03-02",
              "name": "[concat(parameters('diskName'), '_snapshot1')]",
              "location": "[resourceGroup().location]",
              "dependsOn": ["[resourceId('Microsoft.Compute/disks', parameters('diskName'))]"],
              "properties": {
                "creationData": {
                  "createOption": "Copy",
                  "sourceResourceId": "[resourceId('Microsoft.Compute/disks', parameters('diskName'))]"
                },
                "incremental": true
              }
            }
          ]
        }
        """

    static let copyLoop = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "count": { "type": "int" } },
          "resources": [
            {
              "type": "Microsoft.Compute/disks",
              "apiVersion": "2022-03-02",
              "name": "[concat('data-', copyIndex())]",
              "location": "[resourceGroup().location]",
              "copy": { "name": "disks", "count": "[parameters('count')]" },
              "sku": { "name": "Premium_LRS" },
              "properties": { "creationData": { "createOption": "Empty" }, "diskSizeGB": 4 }
            }
          ]
        }
        """

    /// A disk whose tag reads another disk through `reference()`, plus a nested deployment.
    static let referencing = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "size": { "type": "int", "defaultValue": 8 } },
          "resources": [
            {
              "type": "Microsoft.Compute/disks", "apiVersion": "2022-03-02", "name": "source",
              "location": "[resourceGroup().location]",
              "properties": { "creationData": { "createOption": "Empty" }, "diskSizeGB": "[parameters('size')]" }
            },
            {
              "type": "Microsoft.Compute/disks", "apiVersion": "2022-03-02", "name": "follower",
              "location": "[resourceGroup().location]",
              "tags": { "sourceSize": "[string(reference(resourceId('Microsoft.Compute/disks', 'source')).diskSizeGB)]" },
              "properties": { "creationData": { "createOption": "Empty" }, "diskSizeGB": 4 }
            },
            {
              "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "inner",
              "properties": {
                "mode": "Incremental",
                "expressionEvaluationOptions": { "scope": "inner" },
                "template": {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "resources": [
                    {
                      "type": "Microsoft.Network/publicIPAddresses", "apiVersion": "2023-04-01", "name": "inner-ip",
                      "location": "westus", "sku": { "name": "Standard" },
                      "properties": { "publicIPAllocationMethod": "Static" }
                    }
                  ]
                }
              }
            }
          ]
        }
        """

    static func run(_ plan: DeploymentPlan, _ world: WhatIfWorld, _ options: WhatIfOptions = WhatIfOptions()) throws
        -> WhatIfOperationResult
    {
        WhatIfDiffer().whatIf(plan: plan, current: try world.current(), options: options)
    }

    static func text(_ result: WhatIfOperationResult) -> String { WhatIfRenderer().render(result) + "\n" }

    static func types(_ result: WhatIfOperationResult) -> [String: WhatIfChangeType] {
        Dictionary(result.changes.map { (WhatIfResourceID($0.resourceId).relativeId, $0.changeType) },
                   uniquingKeysWith: { a, _ in a })
    }

    static func sourceDisk(_ world: WhatIfWorld) throws -> String {
        let id = world.id("Microsoft.Compute/disks", "contosodisk1")
        try world.put(id: id, type: "Microsoft.Compute/disks", name: "contosodisk1", apiVersion: "2022-03-02", body: [
            "location": "westus", "sku": ["name": "Standard_LRS"],
            "properties": ["creationData": ["createOption": "Empty"], "diskSizeGB": 8],
        ])
        return id
    }

    @Test func seedAgainstEmptyGroupCreates() throws {
        let world = try WhatIfWorld()
        let plan = try WhatIfTestSupport.expand(Self.seed, parameters: [
            "diskResourceId": .string(world.id("Microsoft.Compute/disks", "contosodisk1"))])
        let result = try Self.run(plan, world)
        #expect(result.changes.map(\.changeType) == [.create])
        try WhatIfTestSupport.expectGolden(Self.text(result), "seed-create/expected.txt")
        try WhatIfTestSupport.expectGolden(JSONWriter.write(result.toJSON()) + "\n", "seed-create/expected.json")
    }

    @Test func seedAgainstItsDeploymentIsNoChange() throws {
        let world = try WhatIfWorld()
        let plan = try WhatIfTestSupport.expand(Self.seed, parameters: ["diskResourceId": .string(try Self.sourceDisk(world))])
        #expect(world.deploy(plan) == 0)
        let result = try Self.run(plan, world)
        #expect(Self.types(result) == ["Microsoft.Compute/snapshots/contosodisk1_snapshot1": .noChange,
                                       "Microsoft.Compute/disks/contosodisk1": .ignore])
        #expect(result.changes.allSatisfy { $0.delta.isEmpty })
        try WhatIfTestSupport.expectGolden(Self.text(result), "seed-nochange/expected.txt")
    }

    @Test func seedWithDiskRedeployedIsNoChangeEverywhere() throws {
        let world = try WhatIfWorld()
        let plan = try WhatIfTestSupport.expand(Self.seedWithDisk)
        #expect(world.deploy(plan) == 0)
        let result = try Self.run(plan, world)
        #expect(result.changes.map(\.changeType) == [.noChange, .noChange])
        #expect(result.changes.allSatisfy { $0.delta.isEmpty })
    }

    @Test func tagAndDiskSizeChangeIsExactlyThoseDeltas() throws {
        let world = try WhatIfWorld()
        #expect(world.deploy(try WhatIfTestSupport.expand(Self.seedWithDisk)) == 0)
        let changed = try WhatIfTestSupport.expand(Self.seedWithDisk, parameters: ["env": "prod", "diskSizeGB": 16])
        let result = try Self.run(changed, world)
        #expect(Self.types(result) == ["Microsoft.Compute/disks/contosodisk1": .modify,
                                       "Microsoft.Compute/snapshots/contosodisk1_snapshot1": .noChange])
        let disk = try #require(result.changes.first { $0.changeType == .modify })
        #expect(disk.delta == [
            WhatIfPropertyChange(path: "properties.diskSizeGB", .modify, before: 8, after: 16),
            WhatIfPropertyChange(path: "tags.env", .modify, before: "dev", after: "prod"),
        ])
        try WhatIfTestSupport.expectGolden(Self.text(result), "seed-modify/expected.txt")
        try WhatIfTestSupport.expectGolden(JSONWriter.write(result.toJSON()) + "\n", "seed-modify/expected.json")
        // --result-format ResourceIdOnly: existing resources are Deploy, no payloads.
        let ids = try Self.run(changed, world, WhatIfOptions(resultFormat: .resourceIdOnly))
        #expect(ids.changes.map(\.changeType) == [.deploy, .deploy])
        #expect(ids.changes.allSatisfy { $0.before == nil && $0.after == nil })
        try WhatIfTestSupport.expectGolden(Self.text(ids), "seed-resource-id-only/expected.txt")
        // --exclude-change-types NoChange: the legend and statistics follow the filter.
        let filtered = try Self.run(changed, world, WhatIfOptions(excludedChangeTypes: [.noChange]))
        #expect(filtered.changes.map(\.changeType) == [.modify])
        #expect(Self.text(filtered).hasSuffix("Resource changes: 1 to modify.\n"))
    }

    @Test func completeModeDeletesTheExtraSnapshot() throws {
        let world = try WhatIfWorld()
        let plan = try WhatIfTestSupport.expand(Self.seedWithDisk)
        #expect(world.deploy(plan) == 0)
        try world.put(id: world.id("Microsoft.Compute/snapshots", "extra-snap"), type: "Microsoft.Compute/snapshots",
                      name: "extra-snap", apiVersion: "2022-03-02", body: [
                        "location": "westus",
                        "properties": ["creationData": ["createOption": "Copy",
                                                        "sourceResourceId": .string(world.id("Microsoft.Compute/disks", "contosodisk1"))]],
                      ])
        let complete = try Self.run(plan, world, WhatIfOptions(mode: .complete))
        #expect(Self.types(complete) == ["Microsoft.Compute/disks/contosodisk1": .noChange,
                                         "Microsoft.Compute/snapshots/contosodisk1_snapshot1": .noChange,
                                         "Microsoft.Compute/snapshots/extra-snap": .delete])
        try WhatIfTestSupport.expectGolden(Self.text(complete), "complete-delete/expected.txt")
        let incremental = try Self.run(plan, world)
        #expect(Self.types(incremental)["Microsoft.Compute/snapshots/extra-snap"] == .ignore)
    }

    @Test func readOnlyPropertyIsNoEffect() throws {
        let world = try WhatIfWorld()
        #expect(world.deploy(try WhatIfTestSupport.expand(Self.seedWithDisk)) == 0)
        let plan = try WhatIfTestSupport.expand(Self.seedWithDisk, parameters: ["skuTier": "Premium"])
        let result = try Self.run(plan, world)
        #expect(result.changes.map(\.changeType) == [.noChange, .noChange])
        let disk = try #require(result.changes.first { $0.resourceId.contains("/disks/") })
        #expect(disk.delta == [WhatIfPropertyChange(path: "sku.tier", .noEffect, before: "Standard", after: "Premium")])
        try WhatIfTestSupport.expectGolden(Self.text(result), "read-only-noeffect/expected.txt")
    }

    @Test func copyLoopGrowsAndShrinks() throws {
        let world = try WhatIfWorld()
        #expect(world.deploy(try WhatIfTestSupport.expand(Self.copyLoop, parameters: ["count": 3])) == 0)
        let grown = try Self.run(try WhatIfTestSupport.expand(Self.copyLoop, parameters: ["count": 5]), world)
        #expect(grown.count(of: .create) == 2 && grown.count(of: .noChange) == 3 && grown.changes.count == 5)
        try WhatIfTestSupport.expectGolden(Self.text(grown), "copy-grow/expected.txt")
        let shrunk = try WhatIfTestSupport.expand(Self.copyLoop, parameters: ["count": 2])
        let incremental = try Self.run(shrunk, world)
        #expect(Self.types(incremental)["Microsoft.Compute/disks/data-2"] == .ignore)
        #expect(incremental.count(of: .noChange) == 2)
        let complete = try Self.run(shrunk, world, WhatIfOptions(mode: .complete))
        #expect(Self.types(complete)["Microsoft.Compute/disks/data-2"] == .delete)
        try WhatIfTestSupport.expectGolden(Self.text(complete), "copy-shrink-complete/expected.txt")
    }

    @Test func referencesAreReadFromStateOrDeferred() throws {
        let world = try WhatIfWorld()
        let empty = try Self.run(try WhatIfTestSupport.expand(Self.referencing), world)
        // The nested deployment is expanded into its resource; the deployment itself is not a change.
        #expect(Self.types(empty) == ["Microsoft.Compute/disks/source": .create, "Microsoft.Compute/disks/follower": .create,
                                      "Microsoft.Network/publicIPAddresses/inner-ip": .create])
        try WhatIfTestSupport.expectGolden(Self.text(empty), "reference-create/expected.txt")
        #expect(world.deploy(try WhatIfTestSupport.expand(Self.referencing)) == 0)
        // The referenced disk is unchanged: reference() is evaluated from state, so no false Modify.
        let same = try Self.run(try WhatIfTestSupport.expand(Self.referencing), world)
        #expect(same.changes.map(\.changeType) == [.noChange, .noChange, .noChange])
        // The referenced disk changes: the follower's tag is known only after deployment.
        let grown = try Self.run(try WhatIfTestSupport.expand(Self.referencing, parameters: ["size": 16]), world)
        #expect(Self.types(grown) == ["Microsoft.Compute/disks/source": .modify, "Microsoft.Compute/disks/follower": .deploy,
                                      "Microsoft.Network/publicIPAddresses/inner-ip": .noChange])
        try WhatIfTestSupport.expectGolden(Self.text(grown), "reference-deploy/expected.txt")
    }
}
