import ArmletCore
import ArmletEngine
import ArmletJSON
import Foundation
import Hummingbird

extension PortalPages {
    /// The subscriptions.
    func home() throws -> Response {
        let subscriptions = try services.engine(subscription: nil).resources.subscriptions()
        let rows: [[String: Any]] = subscriptions.map {
            ["name": $0.displayName, "id": $0.id, "state": $0.state, "href": PortalPaths.page(of: $0.resourceId)]
        }
        return page("home", title: "Subscriptions", crumbs: [], ["subscriptions": rows])
    }

    /// A subscription's resource groups.
    func subscription(_ subscriptionId: String) throws -> Response {
        let manager = self.manager(subscriptionId)
        let subscription = try manager.currentSubscription()
        let rows: [[String: Any]] = try manager.groups().map {
            ["name": $0.name, "location": $0.location, "state": $0.provisioningState.rawValue,
             "href": PortalPaths.page(of: $0.id)]
        }
        return page("subscription", title: subscription.displayName, crumbs: [.home], ["groups": rows])
    }

    /// A group's disks, snapshots (with copy progress), other resources and deployment history.
    func group(_ id: ResourceID) throws -> Response {
        let subscriptionId = id.subscriptionId ?? ""
        let manager = self.manager(subscriptionId)
        let group = try manager.group(name: id.name)
        let disks = try front.list(subscriptionId: subscriptionId, resourceGroup: group.name, type: PortalTypes.disk,
                                   parentId: nil, apiVersion: PortalTypes.computeAPIVersion)
        let snapshots = try front.list(subscriptionId: subscriptionId, resourceGroup: group.name,
                                       type: PortalTypes.snapshot, parentId: nil, apiVersion: PortalTypes.computeAPIVersion)
        let others = try manager.genericResources(resourceGroup: group.name).filter {
            !$0.type.lowercased().hasPrefix("microsoft.compute/disks") && !$0.type.lowercased().hasPrefix("microsoft.compute/snapshots")
        }
        let deployments = try services.engine(subscription: subscriptionId).deployments
            .deployments(at: .resourceGroup(group.name)).reversed()
        let deploymentEngine = services.engine(subscription: subscriptionId).deployments
        let model: [String: Any] = [
            "location": group.location, "subscriptionId": subscriptionId,
            "deployHref": PortalPaths.page(of: group.id, action: "deploy"),
            "disks": disks.map(Self.diskRow),
            "snapshotCaption": "Snapshots", "snapshots": snapshots.map(Self.snapshotRow),
            "others": others.map { ["name": $0.name, "type": $0.type, "location": $0.location ?? ""] },
            "deployments": try deployments.map { try Self.deploymentRow($0, engine: deploymentEngine) },
        ]
        return page("group", title: group.name, crumbs: Array(crumbs(group: id).dropLast()), model)
    }

    /// A deployment: status, error, operations, outputs and template.
    func deployment(_ id: ResourceID) throws -> Response {
        let subscriptionId = id.subscriptionId ?? ""
        let group = id.resourceGroup ?? ""
        let engine = services.engine(subscription: subscriptionId).deployments
        let deployment = try engine.deployment(at: .resourceGroup(group), name: id.name)
        let body = try engine.json(deployment)
        var model = Self.deploymentRow(deployment, body: body)
        model["mode"] = deployment.mode.rawValue
        model["correlationId"] = deployment.correlationId
        model["error"] = PortalErrorView.orFalse(deployment.error.flatMap(ARMError.init(json:)).map { PortalErrorView.model($0, source: nil) })
        model["operations"] = try engine.operations(at: .resourceGroup(group), name: id.name).map { operation in
            [
                "name": operation.resourceName ?? "", "type": operation.resourceType ?? "",
                "operation": operation.provisioningOperation, "state": operation.provisioningState.rawValue,
                "statusCode": operation.statusCode ?? "",
                "href": PortalErrorView.orFalse(operation.resourceId.map { PortalPaths.page(of: $0) }),
            ] as [String: Any]
        }
        // Both as ARM answers them: a secure parameter has its type and no value.
        model["valueTables"] = [
            ["id": "parameters", "caption": "Parameters", "rows": Self.namedValues(body["properties"]?["parameters"])],
            ["id": "outputs", "caption": "Outputs", "rows": Self.namedValues(deployment.outputs)],
        ] as [[String: Any]]
        model["template"] = JSONWriter.write(deployment.template)
        model["groupName"] = group
        model["groupHref"] = PortalPaths.page(of: ResourceID.resourceGroup(subscriptionId: subscriptionId, name: group).description)
        return page("deployment", title: deployment.name, crumbs: crumbs(group: id), model)
    }

    /// `{name: {type?, value}}` as table rows; an entry without a value shows as hidden.
    static func namedValues(_ value: JSONValue?) -> [[String: Any]] {
        (value?.objectValue ?? JSONObject()).map { name, entry in
            let shown = entry["value"].map(PortalParameterForm.text) ?? "(hidden)"
            return ["name": name, "type": entry["type"]?.stringValue ?? "", "value": shown] as [String: Any]
        }
    }

    /// A table row of a disk.
    static func diskRow(_ disk: JSONValue) -> [String: Any] {
        [
            "name": disk["name"]?.stringValue ?? "", "href": PortalPaths.page(of: disk["id"]?.stringValue ?? ""),
            "size": disk["properties"]?["diskSizeGB"]?.intValue.map(String.init) ?? "",
            "sku": disk["sku"]?["name"]?.stringValue ?? "",
            "diskState": disk["properties"]?["diskState"]?.stringValue ?? "",
        ]
    }

    /// A history row of a deployment, with the timestamp and duration as ARM writes them.
    static func deploymentRow(_ deployment: Deployment, engine: DeploymentEngine) throws -> [String: Any] {
        deploymentRow(deployment, body: try engine.json(deployment))
    }

    private static func deploymentRow(_ deployment: Deployment, body: JSONValue) -> [String: Any] {
        let state = deployment.provisioningState.rawValue
        return [
            "name": deployment.name, "href": PortalPaths.page(of: deployment.id), "state": state,
            "stateClass": state.lowercased(),
            "timestamp": body["properties"]?["timestamp"]?.stringValue ?? "",
            "duration": body["properties"]?["duration"]?.stringValue ?? "",
        ]
    }
}
