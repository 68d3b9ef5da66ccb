import ArmletCatalog
import ArmletJSON
import Testing

@Suite struct BodyValidationTests {
    let catalog = ResourceCatalog.shared
    let snapshots = "Microsoft.Compute/snapshots"
    let disks = "Microsoft.Compute/disks"

    /// The seed's snapshot body (with the real version) is clean.
    @Test func seedSnapshotBodyIsClean() {
        let body: JSONValue = [
            "type": "Microsoft.Compute/snapshots", "name": "[concat(parameters('diskName'),'_snapshot1')]",
            "location": "[resourceGroup().location]", "apiVersion": "2022-03-02",
            "properties": [
                "creationData": ["createOption": "Copy", "sourceResourceId": "[parameters('diskResourceId')]"],
                "incremental": true,
            ],
        ]
        #expect(catalog.validateBody(type: snapshots, apiVersion: "2022-03-02", body: body).isEmpty)
    }

    /// A value of the wrong JSON type is an error naming both types.
    @Test func wrongType() {
        let found = catalog.validateBody(type: snapshots, apiVersion: "2022-03-02", body: [
            "location": "westus",
            "properties": ["creationData": ["createOption": "Copy"], "incremental": "yes", "diskSizeGB": 1.5],
        ])
        #expect(found == [
            Diagnostic(code: "InvalidRequestContent",
                       message: "The value of 'properties.incremental' must be a Boolean, but a String was given.",
                       target: "properties.incremental"),
            Diagnostic(code: "InvalidRequestContent",
                       message: "The value of 'properties.diskSizeGB' must be an Integer, but a Float was given.",
                       target: "properties.diskSizeGB"),
        ])
    }

    /// Enumerations match ignoring case; other values are errors listing the allowed values.
    @Test func enumValues() {
        let ok = catalog.validateBody(type: disks, apiVersion: "2025-01-02", body: [
            "location": "westus", "sku": ["name": "premiumv2_lrs"],
            "properties": ["creationData": ["createOption": "EMPTY"], "networkAccessPolicy": "denyall"],
        ])
        #expect(ok.isEmpty)
        let bad = catalog.validateBody(type: snapshots, apiVersion: "2022-03-02", body: [
            "location": "westus", "properties": ["creationData": ["createOption": "Clone"]],
        ])
        #expect(bad == [Diagnostic(
            code: "InvalidParameter",
            message: "The value 'Clone' is not valid for 'properties.creationData.createOption'. The allowed values "
                + "are 'Empty, Attach, FromImage, Import, Copy, Restore, Upload, CopyStart, ImportSecure, "
                + "UploadPreparedSecure'.",
            target: "properties.creationData.createOption")])
    }

    /// An enumeration value newer than the request's version is an error.
    @Test func enumValueNewerThanVersion() {
        let found = catalog.validateBody(type: disks, apiVersion: "2021-12-01", body: [
            "location": "westus", "sku": ["name": "PremiumV2_LRS"],
            "properties": ["creationData": ["createOption": "Empty"], "diskSizeGB": 64],
        ])
        #expect(found == [Diagnostic(
            code: "InvalidParameter",
            message: "The value 'PremiumV2_LRS' of 'sku.name' is not available in API version '2021-12-01' of type "
                + "'Microsoft.Compute/disks'; it was added in API version '2022-03-02'.",
            target: "sku.name")])
    }

    /// A misspelt property is unknown, with a suggestion.
    @Test func misspeltProperty() {
        let found = catalog.validateBody(type: snapshots, apiVersion: "2022-03-02", body: [
            "location": "westus",
            "properties": ["creationData": ["createOption": "Copy"], "incremantal": true],
        ])
        #expect(found == [Diagnostic(
            code: "UnknownProperty",
            message: "The property 'properties.incremantal' is not defined for type 'Microsoft.Compute/snapshots' in "
                + "API version '2022-03-02' and would be ignored. Did you mean 'incremental'?",
            target: "properties.incremantal", severity: .warning)])
    }

    /// `incremental` belongs to snapshots only: on a disk it is unknown, with no suggestion.
    @Test func incrementalOnDiskIsUnknown() {
        let found = catalog.validateBody(type: disks, apiVersion: "2022-03-02", body: [
            "location": "westus",
            "properties": ["creationData": ["createOption": "Empty"], "diskSizeGB": 32, "incremental": true],
        ])
        #expect(found == [Diagnostic(
            code: "UnknownProperty",
            message: "The property 'properties.incremental' is not defined for type 'Microsoft.Compute/disks' in "
                + "API version '2022-03-02' and would be ignored.",
            target: "properties.incremental", severity: .warning)])
    }

    /// `incremental` arrived in 2019-03-01; with 2018-09-30 it would be dropped.
    @Test func incrementalBeforeItsVersion() {
        let found = catalog.validateBody(type: snapshots, apiVersion: "2018-09-30", body: [
            "location": "westus",
            "properties": ["creationData": ["createOption": "Copy"], "incremental": true],
        ])
        #expect(found == [Diagnostic(
            code: "PropertyNotInApiVersion",
            message: "The property 'properties.incremental' is not available in API version '2018-09-30' of type "
                + "'Microsoft.Compute/snapshots' and would be ignored; it was added in API version '2019-03-01'.",
            target: "properties.incremental", severity: .warning)])
    }

    /// A property that a later version removed is reported with the version that removed it.
    @Test func removedProperty() {
        let found = catalog.validateBody(type: disks, apiVersion: "2018-04-01", body: [
            "location": "westus",
            "properties": ["creationData": ["createOption": "Empty"], "accountType": "Premium_LRS"],
        ])
        #expect(found == [Diagnostic(
            code: "PropertyNotInApiVersion",
            message: "The property 'properties.accountType' is not available in API version '2018-04-01' of type "
                + "'Microsoft.Compute/disks' and would be ignored; it was removed in API version '2017-03-30'.",
            target: "properties.accountType", severity: .warning)])
    }

    /// Missing required properties are errors in the Compute provider's words.
    @Test func missingRequired() {
        let found = catalog.validateBody(type: snapshots, apiVersion: "2022-03-02", body: [
            "location": "westus", "properties": ["incremental": true],
        ])
        #expect(found == [Diagnostic(code: "InvalidParameter",
                                     message: "Required parameter 'properties.creationData' is missing (null).",
                                     target: "properties.creationData")])
        let nested = catalog.validateBody(type: snapshots, apiVersion: "2022-03-02", body: [
            "location": "westus", "properties": ["creationData": ["sourceResourceId": "/x"]],
        ])
        #expect(nested.map(\.target) == ["properties.creationData.createOption"])
        let noLocation = catalog.validateBody(type: disks, apiVersion: "2022-03-02", body: [
            "properties": ["creationData": ["createOption": "Empty"]],
        ])
        #expect(noLocation.map(\.message) == ["Required parameter 'location' is missing (null)."])
    }

    /// Read-only properties that are set draw a warning, not an error.
    @Test(arguments: [
        ("properties.diskState", JSONValue.string("Attached")),
        ("properties.incrementalSnapshotFamilyId", JSONValue.string("abc")),
        ("properties.uniqueId", JSONValue.string("abc")),
        ("properties.provisioningState", JSONValue.string("Succeeded")),
    ])
    func readOnlySet(path: String, value: JSONValue) throws {
        var properties = JSONObject()
        properties["creationData"] = ["createOption": "Copy"]
        let key = try #require(path.split(separator: ".").last.map(String.init))
        properties[key] = value
        let found = catalog.validateBody(type: snapshots, apiVersion: "2025-01-02",
                                         body: ["location": "westus", "properties": .object(properties)])
        #expect(found == [Diagnostic(code: "ReadOnlyProperty",
                                     message: "The property '\(path)' is read-only; Azure ignores the value sent.",
                                     target: path, severity: .warning)])
    }

    /// Read-only members deeper in the tree are found too (`creationData.sourceUniqueId`, `sku.tier`).
    @Test func nestedReadOnly() {
        let found = catalog.validateBody(type: snapshots, apiVersion: "2025-01-02", body: [
            "location": "westus", "sku": ["name": "Standard_ZRS", "tier": "Standard"],
            "properties": ["creationData": ["createOption": "Copy", "sourceUniqueId": "x"]],
        ])
        #expect(found.map(\.target) == ["sku.tier", "properties.creationData.sourceUniqueId"])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    /// Arrays, maps, template keywords and expressions: elements are checked, keywords and expressions are not.
    @Test func arraysMapsAndExpressions() {
        let found = catalog.validateBody(type: disks, apiVersion: "2025-01-02", body: [
            "location": "westus", "zones": ["1", 2], "tags": ["env": "dev", "n": 1],
            "dependsOn": ["x"], "copy": ["name": "c", "count": 2],
            "properties": ["creationData": ["createOption": "[parameters('option')]"], "diskSizeGB": "[variables('s')]"],
        ])
        #expect(found.map(\.target) == ["zones[1]", "tags.n"])
        #expect(found.allSatisfy { $0.code == "InvalidRequestContent" })
    }

    /// An API version the type lacks switches off only the version checks.
    @Test func unknownVersionChecksStructureOnly() {
        let found = catalog.validateBody(type: snapshots, apiVersion: "2022-03-22", body: [
            "location": "westus", "properties": ["creationData": ["createOption": "Copy"], "incremental": 1],
        ])
        #expect(found.map(\.message) == [
            "The value of 'properties.incremental' must be a Boolean, but an Integer was given.",
        ])
    }

    /// Deployments and resource groups are checked with their basic schema.
    @Test func resourcesTypes() {
        let deployment = catalog.validateBody(type: "Microsoft.Resources/deployments", apiVersion: "2025-04-01", body: [
            "properties": ["mode": "incremental", "template": ["resources": []], "expressionEvaluationOptions": ["scope": "inner"]],
        ])
        #expect(deployment.isEmpty)
        let noMode = catalog.validateBody(type: "Microsoft.Resources/deployments", apiVersion: "2019-05-10", body: [
            "properties": ["template": [:], "expressionEvaluationOptions": ["scope": "inner"]],
        ])
        #expect(noMode.map(\.target) == ["properties.expressionEvaluationOptions", "properties.mode"])
        let group = catalog.validateBody(type: "Microsoft.Resources/resourceGroups", apiVersion: "2024-11-01",
                                         body: ["location": "westus", "tags": ["a": "b"]])
        #expect(group.isEmpty)
    }
}
