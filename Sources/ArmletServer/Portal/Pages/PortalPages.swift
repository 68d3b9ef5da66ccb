import ArmletCore
import ArmletEngine
import ArmletJSON
import Foundation
import Hummingbird

/// One signed-in portal request: which page, the query, the posted form, and the engine's front door.
struct PortalPages {
    let services: ServerServices
    /// The session's CSRF token, put into every form.
    let csrf: String
    let query: PortalForm
    let form: PortalForm

    var views: PortalViews { PortalViews.shared }
    var front: ResourceFront { services.front }

    /// The response for `route` (GET, or POST for the forms).
    /// - Throws: the engine's ``ARMError`` (rendered as an error page by ``PortalMiddleware``).
    func respond(_ route: PortalRoute, post: Bool) throws -> Response {
        switch (route, post) {
        case (.home, false): return try home()
        case (.subscription(let id), false): return try subscription(id)
        case (.group(let id), false): return try group(id)
        case (.deployment(let id), false): return try deployment(id)
        case (.disk(let id), false): return try disk(id)
        case (.snapshot(let id), false): return try snapshot(id)
        case (.progress, false): return try progress()
        case (.createSnapshot(let id), _): return try createSnapshot(disk: id, post: post)
        case (.copySnapshot(let id), _): return try copySnapshot(id, post: post)
        case (.deploy(let id), _): return try deploy(group: id, post: post)
        default:
            throw ARMError.methodNotAllowed(method: post ? "POST" : "GET", path: PortalPaths.root)
        }
    }

    /// A rendered page.
    func page(_ template: String, title: String, crumbs: [PortalCrumb], _ context: [String: Any],
              status: HTTPResponse.Status = .ok) -> Response {
        PortalResponse.html(views.page(template, title: title, crumbs: crumbs, context), status: status)
    }

    /// The engine's `ResourceManager` for `subscriptionId`.
    func manager(_ subscriptionId: String) -> ResourceManager {
        front.manager(subscription: subscriptionId)
    }

    /// Home › subscription › group, for the pages below a group.
    func crumbs(group id: ResourceID) -> [PortalCrumb] {
        let subscriptionId = id.subscriptionId ?? ""
        let name = (try? manager(subscriptionId).currentSubscription().displayName) ?? subscriptionId
        var crumbs = [PortalCrumb.home,
                      PortalCrumb(label: name, href: PortalPaths.page(of: "/subscriptions/\(subscriptionId)"))]
        if let group = id.resourceGroup {
            crumbs.append(PortalCrumb(label: group, href: PortalPaths.page(
                of: ResourceID.resourceGroup(subscriptionId: subscriptionId, name: group).description)))
        }
        return crumbs
    }

    /// `{percent, poll}` of a snapshot's copy, for the progress bar.
    static func progressModel(_ snapshot: JSONValue) -> [String: Any] {
        let id = snapshot["id"]?.stringValue ?? ""
        let poll = PortalPaths.progress + "?id=" + (id.addingPercentEncoding(withAllowedCharacters: .portalSegment) ?? "")
        return ["percent": completionPercent(snapshot), "poll": poll, "name": snapshot["name"]?.stringValue ?? ""]
    }

    /// `properties.completionPercent`, 100 when the snapshot has no background copy.
    static func completionPercent(_ snapshot: JSONValue) -> Int {
        switch snapshot["properties"]?["completionPercent"] {
        case .int(let value)?: Int(value)
        case .double(let value)?: Int(value.rounded(.down))
        default: 100
        }
    }

    /// A table row of a snapshot: link, type, location, creation time and copy progress.
    static func snapshotRow(_ snapshot: JSONValue) -> [String: Any] {
        var row = progressModel(snapshot)
        row["href"] = PortalPaths.page(of: snapshot["id"]?.stringValue ?? "")
        row["kind"] = snapshot["properties"]?["incremental"]?.boolValue == true ? "Incremental" : "Full"
        row["location"] = snapshot["location"]?.stringValue ?? ""
        row["created"] = snapshot["properties"]?["timeCreated"]?.stringValue ?? ""
        return row
    }

    /// `label: value` facts of an overview, skipping absent values.
    static func facts(_ entries: [(String, JSONValue?, Bool)]) -> [[String: Any]] {
        entries.compactMap { label, value, code in
            guard let value, !value.isNull else { return nil }
            let text = value.stringValue ?? JSONWriter.write(value, style: .compact)
            return ["label": label, "value": text, "code": code]
        }
    }

    /// `<select>` options from values, `selected` marked.
    static func options(_ values: [(value: String, label: String)], selected: String?) -> [[String: Any]] {
        values.map { ["value": $0.value, "label": $0.label, "selected": $0.value.lowercased() == selected?.lowercased()] }
    }

    /// A `<select>` model of fixed `(value, label)` choices.
    static func select(id: String, label: String, choices: [(String, String)], selected: String) -> [String: Any] {
        select(id: id, label: label, options: options(choices.map { (value: $0.0, label: $0.1) }, selected: selected))
    }

    /// A `<select>` model for the `select` partial.
    static func select(id: String, label: String, name: String? = nil, options: [[String: Any]]) -> [String: Any] {
        ["id": id, "label": label, "name": name ?? id, "options": options]
    }
}
