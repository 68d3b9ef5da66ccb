import ArmletCore
import ArmletEngine
import ArmletJSON
import Foundation
import Hummingbird

extension PortalPages {
    /// Create snapshot of the disk `diskId`: the form (GET, or POST with `step=edit`), Review + create
    /// (`step=review`), and Create (`step=create`: the PUT, then the new snapshot's page).
    func createSnapshot(disk diskId: ResourceID, post: Bool) throws -> Response {
        let disk = try front.get(diskId, apiVersion: PortalTypes.computeAPIVersion)
        let defaults = SnapshotDraft(disk: diskId, location: disk["location"]?.stringValue ?? "")
        let draft = post ? SnapshotDraft(form: form, defaults: defaults) : defaults
        let action = PortalPaths.page(of: diskId.description, action: "snapshot")
        var crumbs = crumbs(group: diskId)
        crumbs.append(PortalCrumb(label: diskId.name, href: PortalPaths.page(of: diskId.description)))
        let step = post ? form["step"] : nil
        switch step {
        case "review", "create":
            do {
                guard let id = draft.id else {
                    throw ARMError(code: "InvalidResourceName", message: "The snapshot needs a name.")
                }
                let source = ResourceID(draft.sourceId).flatMap { try? front.get($0, apiVersion: PortalTypes.computeAPIVersion) }
                let body = draft.body(sourceLocation: source?["location"]?.stringValue)
                guard step == "create" else {
                    // Review + create validates as the portal does: the provider checks the PUT, which is then rolled back.
                    try front.validatePut(id, apiVersion: PortalTypes.computeAPIVersion, body: body)
                    let model: [String: Any] = ["csrf": csrf, "action": action, "summary": draft.summary,
                                                "hidden": draft.hiddenFields]
                    return page("reviewSnapshot", title: "Create snapshot: Review + create", crumbs: crumbs, model)
                }
                _ = try front.put(id, apiVersion: PortalTypes.computeAPIVersion, body: body, operation: nil)
                return PortalResponse.redirect(PortalPaths.page(of: id.description))
            } catch {
                let model = try snapshotFormModel(draft, action: action, error: ARMError.from(error))
                return page("createSnapshot", title: "Create snapshot", crumbs: crumbs, model,
                            status: HTTPResponse.Status(code: ARMError.from(error).httpStatus))
            }
        default:
            return page("createSnapshot", title: "Create snapshot", crumbs: crumbs,
                        try snapshotFormModel(draft, action: action, error: nil))
        }
    }

    /// The Create snapshot form's model for `draft`.
    private func snapshotFormModel(_ draft: SnapshotDraft, action: String, error: ARMError?) throws -> [String: Any] {
        let subscriptions = try services.engine(subscription: nil).resources.subscriptions()
            .map { (value: $0.id, label: "\($0.displayName) (\($0.id))") }
        let groups = try manager(draft.subscriptionId).groups().map { (value: $0.name, label: $0.name) }
        let sourceGroup = ResourceID(draft.sourceId)?.resourceGroup ?? draft.resourceGroup
        let disks = try front.list(subscriptionId: draft.subscriptionId, resourceGroup: sourceGroup, type: PortalTypes.disk,
                                   parentId: nil, apiVersion: PortalTypes.computeAPIVersion)
            .map { (value: $0["id"]?.stringValue ?? "", label: $0["name"]?.stringValue ?? "") }
        let tags: [[String: Any]] = (0..<SnapshotDraft.tagRows).map { index in
            let tag = index < draft.tags.count ? draft.tags[index] : (key: "", value: "")
            return ["index": index + 1, "key": tag.key, "value": tag.value]
        }
        return [
            "csrf": csrf, "action": action, "name": draft.name, "incremental": draft.incremental, "tags": tags,
            "error": PortalErrorView.orFalse(error.map { PortalErrorView.model($0, source: nil) }),
            "subscriptionSelect": Self.select(id: "subscription", label: "Subscription",
                                              options: Self.options(subscriptions, selected: draft.subscriptionId)),
            "groupSelect": Self.select(id: "resourceGroup", label: "Resource group",
                                       options: Self.options(groups, selected: draft.resourceGroup)),
            "regionSelect": Self.regionSelect(selected: draft.location),
            "sourceSubscriptionSelect": Self.select(id: "sourceSubscription", label: "Source subscription",
                                                    options: Self.options(subscriptions, selected: draft.subscriptionId)),
            "sourceDiskSelect": Self.select(id: "sourceDisk", label: "Source disk",
                                            options: Self.options(disks, selected: draft.sourceId)),
            "storageSelect": Self.select(id: "sku", label: "Storage type", choices: SnapshotDraft.skus, selected: draft.sku),
            "encryptionSelect": Self.select(id: "encryption", label: "Encryption type", choices: SnapshotDraft.encryptions,
                                            selected: draft.encryption),
            "networkSelect": Self.select(id: "networkAccessPolicy", label: "Network access",
                                         choices: SnapshotDraft.networkPolicies, selected: draft.networkAccessPolicy),
            "publicSelect": Self.select(id: "publicNetworkAccess", label: "Public network access",
                                        choices: SnapshotDraft.publicAccess, selected: draft.publicNetworkAccess),
        ]
    }

    /// Copy snapshot: the form (GET), then the copy (POST): a `CopyStart` snapshot in the chosen region.
    func copySnapshot(_ id: ResourceID, post: Bool) throws -> Response {
        let snapshot = try front.get(id, apiVersion: PortalTypes.computeAPIVersion)
        let action = PortalPaths.page(of: id.description, action: "copy")
        var crumbs = crumbs(group: id)
        crumbs.append(PortalCrumb(label: id.name, href: PortalPaths.page(of: id.description)))
        let group = form.text("resourceGroup") ?? id.resourceGroup ?? ""
        let name = form.text("name") ?? (post ? "" : id.name + "-copy")
        let region = form.text("region") ?? snapshot["location"]?.stringValue ?? ""
        let incremental = post ? form.text("type")?.lowercased() == "incremental" : true
        var failure: ARMError?
        if post {
            do {
                guard let target = ResourceID.resourceGroup(subscriptionId: id.subscriptionId ?? "", name: group)
                    .appending(type: PortalTypes.snapshot, name: name) else {
                    throw ARMError(code: "InvalidResourceName", message: "The copy needs a name.")
                }
                let body: JSONValue = [
                    "location": .string(region), "sku": snapshot["sku"] ?? ["name": "Standard_LRS"],
                    "properties": ["creationData": ["createOption": "CopyStart", "sourceResourceId": .string(id.description)],
                                   "incremental": .bool(incremental)],
                ]
                _ = try front.put(target, apiVersion: PortalTypes.computeAPIVersion, body: body, operation: nil)
                return PortalResponse.redirect(PortalPaths.page(of: target.description))
            } catch {
                failure = ARMError.from(error)
            }
        }
        let groups = try manager(id.subscriptionId ?? "").groups().map { (value: $0.name, label: $0.name) }
        let model: [String: Any] = [
            "csrf": csrf, "action": action, "name": name, "incremental": incremental,
            "error": PortalErrorView.orFalse(failure.map { PortalErrorView.model($0, source: nil) }),
            "groupSelect": Self.select(id: "resourceGroup", label: "Resource group", options: Self.options(groups, selected: group)),
            "regionSelect": Self.regionSelect(selected: region),
        ]
        return page("copySnapshot", title: "Copy snapshot", crumbs: crumbs, model,
                    status: failure.map { HTTPResponse.Status(code: $0.httpStatus) } ?? .ok)
    }

    /// Azure's physical regions, `selected` chosen.
    static func regionSelect(selected: String) -> [String: Any] {
        let regions = AzureRegions.physical.map { (value: $0, label: AzureRegions.displayNames[$0] ?? $0) }
        return select(id: "region", label: "Region", options: options(regions, selected: Location.normalize(selected)))
    }
}
