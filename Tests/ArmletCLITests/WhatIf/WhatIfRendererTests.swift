@testable import ArmletCLI
import ArmletJSON
@testable import ArmletEngine
import Foundation
import Testing

/// The renderer against the samples the reference verified byte for byte with azure-cli 2.91.0's
/// formatter (`lint-whatif-anchors.md` §3.3–3.4, `whatif-lint.md` §1.1): docs fixtures D1, D2, D3,
/// the REST example, fixtures B, G and R, and the azure-cli unit-test goldens.
@Suite struct WhatIfRendererTests {
    static let sub = "00000000-0000-0000-0000-000000000001"
    static let rg = "/subscriptions/\(sub)/resourceGroups/ExampleGroup"

    static func render(_ changes: [WhatIfChange], notice: Bool = false, colored: Bool = false,
                       potential: [WhatIfChange] = [], diagnostics: [WhatIfDiagnostic] = []) -> String {
        WhatIfRenderer(colored: colored, includesNotice: notice)
            .render(WhatIfOperationResult(changes: changes, potentialChanges: potential, diagnostics: diagnostics)) + "\n"
    }

    static func id(_ relative: String, group: String = rg) -> String { "\(group)/providers/\(relative)" }

    @Test func docsFixtureD1ModifyWithArrays() {
        let subnet: JSONValue = ["name": "subnet001", "properties": ["addressPrefix": "10.0.0.0/24"]]
        let change = WhatIfChange(
            resourceId: Self.id("Microsoft.Network/virtualNetworks/vnet-001"), changeType: .modify,
            before: ["apiVersion": "2018-10-01"], after: ["apiVersion": "2018-10-01"],
            delta: [
                WhatIfPropertyChange(path: "tags.Owner", .delete, before: "Team A"),
                WhatIfPropertyChange(path: "properties.addressSpace.addressPrefixes", .array, children: [
                    WhatIfPropertyChange(path: "0", .delete, before: "10.0.0.0/16"),
                    WhatIfPropertyChange(path: "0", .create, after: "10.0.0.0/15"),
                ]),
                WhatIfPropertyChange(path: "properties.subnets", .array, children: [
                    WhatIfPropertyChange(path: "0", .delete, before: subnet),
                ]),
            ])
        let text = Self.render([change]).replacingOccurrences(of: Self.sub, with: ".")
        #expect(text == """
            Resource and property changes are indicated with these symbols:
              - Delete
              + Create
              ~ Modify

            The deployment will update the following scope:

            Scope: /subscriptions/./resourceGroups/ExampleGroup

              ~ Microsoft.Network/virtualNetworks/vnet-001 [2018-10-01]
                - tags.Owner: "Team A"
                ~ properties.addressSpace.addressPrefixes: [
                  - 0: "10.0.0.0/16"
                  + 0: "10.0.0.0/15"
                  ]
                ~ properties.subnets: [
                  - 0:

                      name:                     "subnet001"
                      properties.addressPrefix: "10.0.0.0/24"

                  ]

            Resource changes: 1 to modify.

            """)
    }

    @Test func docsFixtureD2ResourceIdOnly() {
        let text = Self.render([WhatIfChange(resourceId: Self.id("Microsoft.Network/virtualNetworks/vnet-001"),
                                             changeType: .deploy)])
            .replacingOccurrences(of: Self.sub, with: ".")
        #expect(text == """
            Resource and property changes are indicated with this symbol:
              ! Deploy

            The deployment will update the following scope:

            Scope: /subscriptions/./resourceGroups/ExampleGroup

              ! Microsoft.Network/virtualNetworks/vnet-001

            Resource changes: 1 to deploy.

            """)
    }

    @Test func docsFixtureD3DeleteWithoutAPIVersion() {
        let id = Self.id("Microsoft.Network/virtualNetworks/vnet-001")
        let before: JSONValue = ["id": .string(id), "location": "centralus", "name": "vnet-001",
                                 "tags": ["CostCenter": "12345", "Owner": "Team A"], "type": "Microsoft.Network/virtualNetworks"]
        let text = Self.render([WhatIfChange(resourceId: id, changeType: .delete, before: before)])
            .replacingOccurrences(of: Self.sub, with: ".")
        #expect(text == """
            Resource and property changes are indicated with this symbol:
              - Delete

            The deployment will update the following scope:

            Scope: /subscriptions/./resourceGroups/ExampleGroup

              - Microsoft.Network/virtualNetworks/vnet-001

                  id:              "/subscriptions/./resourceGroups/ExampleGroup/providers/Microsoft.Network/virtualNetworks/vnet-001"
                  location:        "centralus"
                  name:            "vnet-001"
                  tags.CostCenter: "12345"
                  tags.Owner:      "Team A"
                  type:            "Microsoft.Network/virtualNetworks"

            Resource changes: 1 to delete.

            """)
    }

    @Test func noChangesPrintsNoticeAndNoChange() {
        #expect(Self.render([], notice: true) == WhatIfRenderer.noiseNotice + "\n\n\nResource changes: no change.\n")
    }

    @Test func restSpecExample() throws {
        let body = try JSONReader.value("""
            {"properties":{"changes":[
              {"after":{"name":"myExistingIdentity","type":"Microsoft.ManagedIdentity/userAssignedIdentities","apiVersion":"2018-11-30",
                        "id":"/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/my-resource-group/providers/Microsoft.ManagedIdentity/userAssignedIdentities/myExistingIdentity",
                        "location":"westus2","tags":{"myNewTag":"my tag value"}},
               "before":{"name":"myExistingIdentity","type":"Microsoft.ManagedIdentity/userAssignedIdentities","apiVersion":"2018-11-30",
                        "id":"/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/my-resource-group/providers/Microsoft.ManagedIdentity/userAssignedIdentities/myExistingIdentity",
                        "location":"westus2"},
               "changeType":"Modify",
               "delta":[{"path":"tags.myNewTag","after":"my tag value","propertyChangeType":"Create"}],
               "resourceId":"/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/my-resource-group/providers/Microsoft.ManagedIdentity/userAssignedIdentities/myExistingIdentity"},
              {"after":{"name":"myNewIdentity","type":"Microsoft.ManagedIdentity/userAssignedIdentities","apiVersion":"2018-11-30",
                        "id":"/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/my-resource-group/providers/Microsoft.ManagedIdentity/userAssignedIdentities/myNewIdentity",
                        "location":"eastus","tags":{"myOtherNewTag":"another new tag value"}},
               "changeType":"Create",
               "resourceId":"/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/my-resource-group/providers/Microsoft.ManagedIdentity/userAssignedIdentities/myNewIdentity"}]},
             "status":"Succeeded"}
            """)
        let result = WhatIfOperationResult(json: body)
        #expect(result.changes.count == 2)
        let text = WhatIfRenderer(includesNotice: true).render(result) + "\n"
        #expect(text == WhatIfRenderer.noiseNotice + "\n\n" + """
            Resource and property changes are indicated with these symbols:
              + Create
              ~ Modify

            The deployment will update the following scope:

            Scope: /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/my-resource-group

              + Microsoft.ManagedIdentity/userAssignedIdentities/myNewIdentity [2018-11-30]

                  name:               "myNewIdentity"
                  type:               "Microsoft.ManagedIdentity/userAssignedIdentities"
                  apiVersion:         "2018-11-30"
                  id:                 "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/my-resource-group/providers/Microsoft.ManagedIdentity/userAssignedIdentities/myNewIdentity"
                  location:           "eastus"
                  tags.myOtherNewTag: "another new tag value"

              ~ Microsoft.ManagedIdentity/userAssignedIdentities/myExistingIdentity [2018-11-30]
                + tags.myNewTag: "my tag value"

            Resource changes: 1 to create, 1 to modify.

            """)
        // The REST body round-trips.
        #expect(WhatIfOperationResult(json: result.toJSON()) == result)
    }

    static let fixtureB: [WhatIfChange] = {
        func id(_ r: String) -> String { WhatIfRendererTests.id(r) }
        let diskId = id("Microsoft.Compute/disks/disk1")
        return [
            WhatIfChange(resourceId: id("Microsoft.Compute/snapshots/old-snap"), changeType: .delete, before: [
                "apiVersion": "2022-03-02", "id": .string(id("Microsoft.Compute/snapshots/old-snap")),
                "location": "westus", "name": "old-snap", "type": "Microsoft.Compute/snapshots"]),
            WhatIfChange(resourceId: id("Microsoft.Compute/snapshots/snap1"), changeType: .create, after: [
                "apiVersion": "2022-03-02", "id": .string(id("Microsoft.Compute/snapshots/snap1")),
                "location": "westus", "name": "snap1",
                "properties": ["creationData": ["createOption": "Copy", "sourceResourceId": .string(diskId)],
                               "incremental": true],
                "type": "Microsoft.Compute/snapshots"]),
            WhatIfChange(resourceId: diskId, changeType: .modify, before: ["apiVersion": "2022-03-02"],
                         after: ["apiVersion": "2022-03-02"], delta: [
                            WhatIfPropertyChange(path: "tags.env", .modify, before: "dev", after: "prod"),
                            WhatIfPropertyChange(path: "properties.diskSizeGB", .modify, before: 8, after: 16),
                         ]),
            WhatIfChange(resourceId: id("Microsoft.Compute/disks/disk2"), changeType: .noChange,
                         before: ["apiVersion": "2022-03-02"], after: ["apiVersion": "2022-03-02"]),
        ]
    }()

    @Test func fixtureBDisksAndSnapshots() {
        #expect(Self.render(Self.fixtureB) == """
            Resource and property changes are indicated with these symbols:
              - Delete
              + Create
              ~ Modify
              = Nochange

            The deployment will update the following scope:

            Scope: /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/ExampleGroup

              - Microsoft.Compute/snapshots/old-snap [2022-03-02]

                  apiVersion: "2022-03-02"
                  id:         "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/ExampleGroup/providers/Microsoft.Compute/snapshots/old-snap"
                  location:   "westus"
                  name:       "old-snap"
                  type:       "Microsoft.Compute/snapshots"

              + Microsoft.Compute/snapshots/snap1 [2022-03-02]

                  apiVersion:                               "2022-03-02"
                  id:                                       "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/ExampleGroup/providers/Microsoft.Compute/snapshots/snap1"
                  location:                                 "westus"
                  name:                                     "snap1"
                  properties.creationData.createOption:     "Copy"
                  properties.creationData.sourceResourceId: "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/ExampleGroup/providers/Microsoft.Compute/disks/disk1"
                  properties.incremental:                   true
                  type:                                     "Microsoft.Compute/snapshots"

              ~ Microsoft.Compute/disks/disk1 [2022-03-02]
                ~ properties.diskSizeGB: 8 => 16
                ~ tags.env:              "dev" => "prod"

              = Microsoft.Compute/disks/disk2 [2022-03-02]

            Resource changes: 1 to delete, 1 to create, 1 to modify, 1 no change.

            """)
    }

    @Test func fixtureBColoured() {
        let text = Self.render(Self.fixtureB, colored: true)
        #expect(text.contains("  \u{1B}[38;5;208m-\u{1B}[0m Delete\n"))
        #expect(text.contains(
            "    \u{1B}[38;5;141m~\u{1B}[0m properties.diskSizeGB\u{1B}[0m:\u{1B}[0m \u{1B}[38;5;208m8\u{1B}[0m => \u{1B}[38;5;77m16\u{1B}[0m\n"))
    }

    @Test func fixtureGNoiseShapeWithNoEffect() {
        let change = WhatIfChange(
            resourceId: Self.id("Microsoft.Compute/disks/disk1"), changeType: .modify,
            before: ["apiVersion": "2022-03-02"], after: ["apiVersion": "2022-03-02"],
            delta: [
                WhatIfPropertyChange(path: "properties.encryption", .delete, before: ["type": "EncryptionAtRestWithPlatformKey"]),
                WhatIfPropertyChange(path: "properties.networkAccessPolicy", .delete, before: "AllowAll"),
                WhatIfPropertyChange(path: "tags", .modify, before: [:], after: ["env": "prod"], children: [
                    WhatIfPropertyChange(path: "env", .create, after: "prod"),
                ]),
                WhatIfPropertyChange(path: "sku.tier", .noEffect, after: "Premium"),
            ])
        #expect(Self.render([change]) == """
            Resource and property changes are indicated with these symbols:
              - Delete
              + Create
              ~ Modify
              x Noeffect

            The deployment will update the following scope:

            Scope: /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/ExampleGroup

              ~ Microsoft.Compute/disks/disk1 [2022-03-02]
                - properties.encryption:

                    type: "EncryptionAtRestWithPlatformKey"

                - properties.networkAccessPolicy: "AllowAll"
                ~ tags:

                  + env: "prod"

                x sku.tier:                       "Premium"

            Resource changes: 1 to modify.

            """)
    }

    @Test func fixtureRReadmeNoise() {
        let change = WhatIfChange(
            resourceId: "/subscriptions/e93d3ee6-fac1-412f-92d6-bfb379e81af2/resourceGroups/test-005/providers/Microsoft.Storage/storageAccounts/storagedczol7xfovaoe",
            changeType: .modify,
            delta: [
                WhatIfPropertyChange(path: "properties", .delete, before: [
                    "encryption": ["keySource": "Microsoft.Storage",
                                   "services": ["blob": ["enabled": true], "file": ["enabled": true]]],
                    "networkAcls": ["bypass": "AzureServices", "defaultAction": "Allow"],
                    "supportsHttpsTrafficOnly": true]),
                WhatIfPropertyChange(path: "sku.tier", .delete, before: "Standard"),
            ])
        let text = Self.render([change])
        #expect(text.contains("""
            Scope: /subscriptions/e93d3ee6-fac1-412f-92d6-bfb379e81af2/resourceGroups/test-005

              ~ Microsoft.Storage/storageAccounts/storagedczol7xfovaoe
                - properties:

                    encryption.keySource:             "Microsoft.Storage"
                    encryption.services.blob.enabled: true
                    encryption.services.file.enabled: true
                    networkAcls.bypass:               "AzureServices"
                    networkAcls.defaultAction:        "Allow"
                    supportsHttpsTrafficOnly:         true

                - sku.tier: "Standard"

            Resource changes: 1 to modify.
            """))
    }

    /// azure-cli's `test_resource_formatters.py` goldens (colour off).
    @Test func azureCLIPropertyModifyGolden() {
        let change = WhatIfChange(resourceId: "/subscriptions/\(Self.sub)/resourceGroups/rg1/providers/p1/foo",
                                  changeType: .modify, delta: [
            WhatIfPropertyChange(path: "path.a.to.change", .modify, before: "foo", after: "bar"),
            WhatIfPropertyChange(path: "path.a.to.change2", .modify, before: ["tag1": "value"], after: ["tag2": "value"]),
            WhatIfPropertyChange(path: "path.b.to.nested.change", .array, children: [
                WhatIfPropertyChange(path: "5", .delete, before: 12345),
                WhatIfPropertyChange(path: "4", .modify, children: [
                    WhatIfPropertyChange(path: "foo.bar", .modify, before: true, after: false),
                    WhatIfPropertyChange(path: "baz", .create, after: ["element1", "element2"]),
                ]),
            ]),
            WhatIfPropertyChange(path: "path.a.to.change3", .noEffect, after: 12345),
        ])
        #expect(Self.render([change]).contains("""
              ~ p1/foo
                ~ path.a.to.change:  "foo" => "bar"
                ~ path.a.to.change2:

                    tag1: "value"

                  =>

                    tag2: "value"

                ~ path.b.to.nested.change: [
                  ~ 4:

                    + baz: [
                        0: "element1"
                        1: "element2"
                      ]
                    ~ foo.bar: true => false

                  - 5: 12345
                  ]
                x path.a.to.change3: 12345

            """))
    }

    @Test func azureCLISortingAndScopesGolden() {
        let s1 = "/subscriptions/00000000-0000-0000-0000-000000000001"
        let s2 = "/subscriptions/00000000-0000-0000-0000-000000000002"
        let changes = [
            WhatIfChange(resourceId: "\(s2)/resourceGroups/rg2/providers/p1/foo2", changeType: .modify),
            WhatIfChange(resourceId: "\(s1)/resourceGroups/RG1/providers/p1/foo1", changeType: .create),
            WhatIfChange(resourceId: "\(s1)/resourceGroups/rg1/providers/p2/bar", changeType: .create),
            WhatIfChange(resourceId: "\(s2)/providers/p3/foobar1", changeType: .ignore),
            WhatIfChange(resourceId: "\(s2)/resourceGroups/rg3", changeType: .delete),
            WhatIfChange(resourceId: "\(s2)/providers/p3/foobar2", changeType: .delete),
        ]
        #expect(Self.render(changes).contains("""
            The deployment will update the following scopes:

            Scope: /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/RG1

              + p1/foo1
              + p2/bar

            Scope: /subscriptions/00000000-0000-0000-0000-000000000002

              - p3/foobar2
              - resourceGroups/rg3
              * p3/foobar1

            Scope: /subscriptions/00000000-0000-0000-0000-000000000002/resourceGroups/rg2

              ~ p1/foo2

            Resource changes: 2 to delete, 2 to create, 1 to modify, 1 to ignore.
            """))
    }

    @Test func azureCLIJSONPayloadGolden() {
        var b = WhatIfTextBuilder(colored: false)
        let value: JSONValue = ["root": ["foo": 1234, "bar": [true, nil, ["nestedString": "value", "nestedArray": [92747, "test"]], [false]], "foobar": "foobar"]]
        WhatIfRenderer.writeJSON(&b, value, level: 0)
        #expect(b.text == """


              root.foo:    1234
              root.bar: [
                0: true
                1: null
                2:

                  nestedString: "value"
                  nestedArray: [
                    0: 92747
                    1: "test"
                  ]

                3: [
                  0: false
                ]
              ]
              root.foobar: "foobar"

            """)
        var c = WhatIfTextBuilder(colored: false)
        WhatIfRenderer.writeJSON(&c, .array((0...10).map { .int(Int64($0)) }), level: 0)
        #expect(c.text.contains("  9:  9\n  10: 10\n]"))
    }

    @Test func diagnosticsAndUnsupported() {
        let text = Self.render(
            [WhatIfChange(resourceId: Self.id("Microsoft.Compute/snapshots/snap1"), changeType: .unsupported,
                          unsupportedReason: "Its name could not be evaluated.")],
            diagnostics: [WhatIfDiagnostic(level: "Warning", code: "NestedDeploymentShortCircuited", message: "Not expanded.",
                                           target: "/x/deployments/inner")])
        #expect(text.hasSuffix("""
            Resource changes: 1 unsupported.

            Diagnostics (2): 
            Microsoft.Compute/snapshots/snap1 (Unsupported) Its name could not be evaluated.
            /x/deployments/inner (NestedDeploymentShortCircuited) Not expanded.


            """))
    }

    @Test func resourceIdSplitting() {
        #expect(WhatIfResourceID("/subscriptions/ABC-1/resourceGroups/rg/providers/A.B/c/d") ==
                WhatIfResourceID(scopeForTest: "/subscriptions/abc-1/resourceGroups/rg", "A.B/c/d"))
        #expect(WhatIfResourceID("/subscriptions/0001/resourceGroups/rg3").relativeId == "resourceGroups/rg3")
        #expect(WhatIfResourceID("/subscriptions/0001/resourceGroups/rg3").scope == "/subscriptions/0001")
        #expect(WhatIfResourceID("/providers/Microsoft.Management/managementGroups/mg/providers/A.B/c/d").scope
                == "/providers/Microsoft.Management/ManagementGroups/mg")
    }
}

extension WhatIfResourceID {
    init(scopeForTest scope: String, _ relative: String) {
        self.init(scope + "/providers/" + relative)
    }
}
