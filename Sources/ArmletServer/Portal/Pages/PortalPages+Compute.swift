import ArmletCore
import ArmletJSON
import Foundation
import Hummingbird

extension PortalPages {
    /// A disk: overview, its incremental snapshots (the seed's `[?creationData.sourceResourceId==id
    /// && incremental]` filter) and Create snapshot.
    func disk(_ id: ResourceID) throws -> Response {
        let disk = try front.get(id, apiVersion: PortalTypes.computeAPIVersion)
        let properties = disk["properties"]
        let model: [String: Any] = [
            "createSnapshotHref": PortalPaths.page(of: id.description, action: "snapshot"),
            "facts": Self.facts([
                ("Resource group", id.resourceGroup.map(JSONValue.string), false),
                ("Location", disk["location"], false),
                ("Size (GiB)", properties?["diskSizeGB"], false),
                ("SKU", disk["sku"]?["name"], false),
                ("Logical sector size", properties?["creationData"]?["logicalSectorSize"], false),
                ("Disk state", properties?["diskState"], false),
                ("Provisioning state", properties?["provisioningState"], false),
                ("Unique ID", properties?["uniqueId"], true),
                ("Time created", properties?["timeCreated"], false),
                ("Resource ID", disk["id"], true),
            ]),
            "snapshotCaption": "Incremental snapshots of this disk",
            "snapshots": try incrementalSnapshots(of: id).map(Self.snapshotRow),
        ]
        return page("disk", title: id.name, crumbs: crumbs(group: id), model)
    }

    /// A snapshot: overview with the live copy progress, and Copy snapshot.
    func snapshot(_ id: ResourceID) throws -> Response {
        let snapshot = try front.get(id, apiVersion: PortalTypes.computeAPIVersion)
        let properties = snapshot["properties"]
        let creation = properties?["creationData"]
        let model: [String: Any] = [
            "copyHref": PortalPaths.page(of: id.description, action: "copy"),
            "progress": Self.progressModel(snapshot),
            "facts": Self.facts([
                ("Location", snapshot["location"], false),
                ("Snapshot type", properties?["incremental"].map { .string($0.boolValue == true ? "Incremental" : "Full") }, false),
                ("Source", creation?["sourceResourceId"], true),
                ("Create option", creation?["createOption"], false),
                ("SKU", snapshot["sku"]?["name"], false),
                ("Size (GiB)", properties?["diskSizeGB"], false),
                ("Provisioning state", properties?["provisioningState"], false),
                ("Unique ID", properties?["uniqueId"], true),
                ("Time created", properties?["timeCreated"], false),
                ("Resource ID", snapshot["id"], true),
            ]),
        ]
        return page("snapshot", title: id.name, crumbs: crumbs(group: id), model)
    }

    /// `{completionPercent, provisioningState}` of the snapshot `?id=`, for the live progress bars.
    func progress() throws -> Response {
        guard let text = query["id"], let id = ResourceID(text), id.isType(PortalTypes.snapshot) else {
            throw ARMError(code: "InvalidResourceId", message: "The progress poll needs ?id= with a snapshot's id.")
        }
        let snapshot = try front.get(id, apiVersion: PortalTypes.computeAPIVersion)
        return PortalResponse.json([
            "completionPercent": .int(Int64(Self.completionPercent(snapshot))),
            "provisioningState": snapshot["properties"]?["provisioningState"] ?? .null,
        ])
    }

    /// The incremental snapshots in the subscription whose source is the disk `id`.
    func incrementalSnapshots(of id: ResourceID) throws -> [JSONValue] {
        let all = try front.list(subscriptionId: id.subscriptionId ?? "", resourceGroup: nil, type: PortalTypes.snapshot,
                                 parentId: nil, apiVersion: PortalTypes.computeAPIVersion)
        return all.filter { snapshot in
            snapshot["properties"]?["incremental"]?.boolValue == true
                && ResourceID(snapshot["properties"]?["creationData"]?["sourceResourceId"]?.stringValue ?? "") == id
        }
    }
}
