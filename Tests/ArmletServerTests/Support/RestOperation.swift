import ArmletJSON
import Foundation
import HTTPTypes

/// The HTTP method and path template of the operation a REST example exercises, found from the
/// example's file name (its operation id, e.g. `Disk_Create_Empty` → `Disk_Create`).
///
/// The examples name their operation only through the file name; the swaggers (not copied) hold the
/// paths, so the one table below says them once.
struct RestOperation: Sendable {
    /// The start of the example file names this operation covers (the longest match wins).
    let prefix: String
    let method: HTTPRequest.Method
    /// The path with `{parameter}` placeholders, as the swagger writes it.
    let template: String

    static let group = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
    static let disks = group + "/providers/Microsoft.Compute/disks"
    static let snapshots = group + "/providers/Microsoft.Compute/snapshots"
    static let deployment = group + "/providers/Microsoft.Resources/deployments/{deploymentName}"

    static let table: [RestOperation] = [
        RestOperation(prefix: "Disk_Create", method: .put, template: disks + "/{diskName}"),
        RestOperation(prefix: "Disk_Update", method: .patch, template: disks + "/{diskName}"),
        RestOperation(prefix: "Disk_Get", method: .get, template: disks + "/{diskName}"),
        RestOperation(prefix: "Disk_Delete", method: .delete, template: disks + "/{diskName}"),
        RestOperation(prefix: "Disk_ListByResourceGroup", method: .get, template: disks),
        RestOperation(prefix: "Disk_ListBySubscription", method: .get,
                      template: "/subscriptions/{subscriptionId}/providers/Microsoft.Compute/disks"),
        RestOperation(prefix: "Disk_BeginGetAccess", method: .post, template: disks + "/{diskName}/beginGetAccess"),
        RestOperation(prefix: "Disk_EndGetAccess", method: .post, template: disks + "/{diskName}/endGetAccess"),
        RestOperation(prefix: "Snapshot_Create", method: .put, template: snapshots + "/{snapshotName}"),
        RestOperation(prefix: "Snapshot_Update", method: .patch, template: snapshots + "/{snapshotName}"),
        RestOperation(prefix: "Snapshot_Get", method: .get, template: snapshots + "/{snapshotName}"),
        RestOperation(prefix: "Snapshot_Delete", method: .delete, template: snapshots + "/{snapshotName}"),
        RestOperation(prefix: "Snapshot_ListByResourceGroup", method: .get, template: snapshots),
        RestOperation(prefix: "Snapshot_ListBySubscription", method: .get,
                      template: "/subscriptions/{subscriptionId}/providers/Microsoft.Compute/snapshots"),
        RestOperation(prefix: "Snapshot_BeginGetAccess", method: .post,
                      template: snapshots + "/{snapshotName}/beginGetAccess"),
        RestOperation(prefix: "Snapshot_EndGetAccess", method: .post, template: snapshots + "/{snapshotName}/endGetAccess"),
        RestOperation(prefix: "PutDeployment", method: .put, template: deployment),
        RestOperation(prefix: "PostDeploymentValidate", method: .post, template: deployment + "/validate"),
        RestOperation(prefix: "PostDeploymentWhatIf", method: .post, template: deployment + "/whatIf"),
        RestOperation(prefix: "CalculateTemplateHash", method: .post,
                      template: "/providers/Microsoft.Resources/calculateTemplateHash"),
        RestOperation(prefix: "CreateResourceGroup", method: .put, template: group),
        RestOperation(prefix: "ResourceGroups_Get", method: .get, template: group),
        RestOperation(prefix: "ExportResourceGroup", method: .post, template: group + "/exportTemplate"),
        RestOperation(prefix: "ForceDeleteVMsInResourceGroup", method: .delete, template: group),
    ]

    /// The operation of the example named `name`.
    static func of(_ name: String) -> RestOperation? {
        table.filter { name.hasPrefix($0.prefix) }.max { $0.prefix.count < $1.prefix.count }
    }

    /// The names of the path's parameters, in order.
    var pathParameters: [String] {
        template.split(separator: "/").compactMap { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
        }
    }

    /// The request `parameters` describe: the path with its parameters substituted (the subscription
    /// always Armlet's default), every other scalar parameter in the query (`api-version` first), and
    /// the one object parameter as the body.
    func request(_ parameters: JSONValue) -> (uri: String, body: JSONValue?) {
        var path = template
        for name in pathParameters {
            let value = name == "subscriptionId" ? TestServer.subscription : parameters[name]?.stringValue ?? ""
            path = path.replacingOccurrences(of: "{\(name)}", with: Self.encode(value))
        }
        var query: [(String, String)] = []
        var body: JSONValue?
        for (name, value) in parameters.members where !pathParameters.contains(name) {
            if let text = value.stringValue {
                query.append((name, text))
            } else if value.objectValue != nil || value.arrayValue != nil {
                body = value
            }
        }
        query.sort { ($0.0 == "api-version" ? 0 : 1, $0.0) < ($1.0 == "api-version" ? 0 : 1, $1.0) }
        let queryText = query.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
        return (queryText.isEmpty ? path : path + "?" + queryText, body)
    }

    /// The path or query text of `value`, percent-encoded where a URL needs it.
    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    /// The resource the path names and its type, when it names a disk or snapshot.
    func computeTarget(_ parameters: JSONValue) -> (kind: ComputeKind, name: String)? {
        for kind in ComputeKind.allCases where pathParameters.contains(kind.nameParameter) {
            return parameters[kind.nameParameter]?.stringValue.map { (kind, $0) }
        }
        return nil
    }
}

/// A DiskRP resource type the examples act on.
enum ComputeKind: String, CaseIterable, Sendable {
    case disk, snapshot

    var nameParameter: String { rawValue + "Name" }
    var type: String { self == .disk ? "Microsoft.Compute/disks" : "Microsoft.Compute/snapshots" }
    var collection: String { self == .disk ? "disks" : "snapshots" }
}
