import ArmletCore
import ArmletJSON

/// What the Create snapshot form holds between its steps (Basics, Encryption, Networking, Tags,
/// Review + create), and the snapshot PUT body it becomes. The body is the one `az snapshot create`
/// sends: the engine's provider decides whether it is valid.
struct SnapshotDraft: Sendable {
    var subscriptionId: String
    var resourceGroup: String
    var name: String
    var location: String
    var incremental: Bool
    var sourceId: String
    var sku: String
    var encryption: String
    var networkAccessPolicy: String
    var publicNetworkAccess: String
    /// Up to ``tagRows`` name/value pairs.
    var tags: [(key: String, value: String)]

    /// How many tag rows the form shows.
    static let tagRows = 2

    /// The storage types the form offers (value, label).
    static let skus = [("Standard_LRS", "Standard HDD (locally-redundant)"), ("Standard_ZRS", "Standard HDD (zone-redundant)"),
                       ("Premium_LRS", "Premium SSD (locally-redundant)")]
    static let encryptions = [("EncryptionAtRestWithPlatformKey", "Platform-managed key")]
    static let networkPolicies = [("AllowAll", "Public endpoint (all networks)"), ("DenyAll", "Disable public and private access")]
    static let publicAccess = [("Enabled", "Enabled"), ("Disabled", "Disabled")]

    /// The draft for a snapshot of the disk `disk` (its id and location), as the form first shows it.
    init(disk: ResourceID, location: String) {
        subscriptionId = disk.subscriptionId ?? ""
        resourceGroup = disk.resourceGroup ?? ""
        name = ""
        self.location = location
        incremental = false
        sourceId = disk.description
        sku = "Standard_LRS"
        encryption = "EncryptionAtRestWithPlatformKey"
        networkAccessPolicy = "AllowAll"
        publicNetworkAccess = "Enabled"
        tags = []
    }

    /// The draft a posted form describes, `defaults` filling what it lacks.
    init(form: PortalForm, defaults: SnapshotDraft) {
        subscriptionId = form.text("subscription") ?? defaults.subscriptionId
        resourceGroup = form.text("resourceGroup") ?? defaults.resourceGroup
        name = form.text("name") ?? ""
        location = form.text("region") ?? defaults.location
        incremental = (form.text("type") ?? "Full").lowercased() == "incremental"
        sourceId = form.text("sourceDisk") ?? defaults.sourceId
        sku = form.text("sku") ?? defaults.sku
        encryption = form.text("encryption") ?? defaults.encryption
        networkAccessPolicy = form.text("networkAccessPolicy") ?? defaults.networkAccessPolicy
        publicNetworkAccess = form.text("publicNetworkAccess") ?? defaults.publicNetworkAccess
        tags = (1...Self.tagRows).compactMap { index in
            form.text("tagName\(index)").map { ($0, form["tagValue\(index)"] ?? "") }
        }
    }

    /// The snapshot's id.
    var id: ResourceID? {
        ResourceID.resourceGroup(subscriptionId: subscriptionId, name: resourceGroup)
            .appending(type: "Microsoft.Compute/snapshots", name: name)
    }

    /// The PUT body; a source in another region is copied with `CopyStart`, as `az` does.
    func body(sourceLocation: String?) -> JSONValue {
        let sameRegion = sourceLocation.map { Location.normalize($0) == Location.normalize(location) } ?? true
        var creation = JSONObject()
        creation["createOption"] = .string(sameRegion ? "Copy" : "CopyStart")
        creation["sourceResourceId"] = .string(sourceId)
        var properties = JSONObject()
        properties["creationData"] = .object(creation)
        properties["incremental"] = .bool(incremental)
        properties["encryption"] = ["type": .string(encryption)]
        properties["networkAccessPolicy"] = .string(networkAccessPolicy)
        properties["publicNetworkAccess"] = .string(publicNetworkAccess)
        var body = JSONObject()
        body["location"] = .string(location)
        body["sku"] = ["name": .string(sku)]
        body["tags"] = .object(JSONObject(tags.map { ($0.key, JSONValue.string($0.value)) }))
        body["properties"] = .object(properties)
        return .object(body)
    }

    /// The form's fields as hidden inputs (the review step carries them to Create).
    var hiddenFields: [[String: Any]] {
        var fields: [(String, String)] = [
            ("subscription", subscriptionId), ("resourceGroup", resourceGroup), ("name", name), ("region", location),
            ("type", incremental ? "Incremental" : "Full"), ("sourceDisk", sourceId), ("sku", sku),
            ("encryption", encryption), ("networkAccessPolicy", networkAccessPolicy),
            ("publicNetworkAccess", publicNetworkAccess),
        ]
        for (index, tag) in tags.enumerated() {
            fields.append(("tagName\(index + 1)", tag.key))
            fields.append(("tagValue\(index + 1)", tag.value))
        }
        return fields.map { ["name": $0.0, "value": $0.1] }
    }

    /// The review step's summary.
    var summary: [[String: Any]] {
        let label = { (options: [(String, String)], value: String) in options.first { $0.0 == value }?.1 ?? value }
        let rows: [(String, String)] = [
            ("Subscription", subscriptionId), ("Resource group", resourceGroup), ("Name", name),
            ("Region", AzureRegions.displayNames[Location.normalize(location)] ?? location),
            ("Snapshot type", incremental ? "Incremental" : "Full"),
            ("Source disk", ResourceID.name(of: sourceId)), ("Storage type", label(Self.skus, sku)),
            ("Encryption type", label(Self.encryptions, encryption)),
            ("Network access", label(Self.networkPolicies, networkAccessPolicy)),
            ("Public network access", publicNetworkAccess),
            ("Tags", tags.isEmpty ? "None" : tags.map { "\($0.key): \($0.value)" }.joined(separator: ", ")),
        ]
        return rows.map { ["label": $0.0, "value": $0.1] }
    }
}
