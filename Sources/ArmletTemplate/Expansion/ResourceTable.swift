import Foundation
import ArmletCore
import ArmletJSON
import Synchronization

/// Who a resource of the template is, known before any body is evaluated: enough to resolve
/// `dependsOn` entries and `reference()` arguments to resource ids.
struct ResourceIdentity: Sendable {
    let id: String
    let name: String
    let type: String
    let symbolicName: String?
    let copyName: String?
    /// The copy index of this instance, when the resource has a copy loop.
    let copyIndex: Int?
    /// Condition true and not `existing`: deployed by this deployment.
    let deployed: Bool
    let existing: Bool
}

/// The resources of one template (and, for outer-scope nested templates, of its parents), looked
/// up the ways ARM accepts: symbolic name, copy-loop name, full id, name, or `type/name`.
final class ResourceTable: Sendable {
    let parent: ResourceTable?
    private let entries = Mutex<[ResourceIdentity]>([])
    /// Symbolic and copy-loop names declared (lower-cased), even when a loop has no instances.
    private let declared = Mutex<Set<String>>([])

    init(parent: ResourceTable? = nil) { self.parent = parent }

    func add(_ identity: ResourceIdentity) { entries.withLock { $0.append(identity) } }

    /// Records a symbolic or loop name, so a reference to a loop of zero instances is not unknown.
    func declare(_ name: String) { _ = declared.withLock { $0.insert(name.lowercased()) } }

    /// Whether `text` names a declared symbolic or loop name (optionally with an `[index]`).
    func isDeclared(_ text: String) -> Bool {
        let base = Self.splitIndex(text)?.name ?? text
        if declared.withLock({ $0.contains(base.lowercased()) }) { return true }
        return parent?.isDeclared(text) ?? false
    }

    /// `name[3]` → (`name`, 3).
    static func splitIndex(_ text: String) -> (name: String, index: Int)? {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "["),
              let i = Int(text[text.index(after: open)..<text.index(before: text.endIndex)]) else { return nil }
        return (String(text[..<open]), i)
    }

    var all: [ResourceIdentity] { entries.withLock { $0 } }

    /// The resources `text` names; `loops` also accepts a copy-loop name (for `dependsOn`).
    func resolve(_ text: String, loops: Bool) -> [ResourceIdentity] {
        let found = entries.withLock { Self.match(text, in: $0, loops: loops) }
        if found.isEmpty, let parent { return parent.resolve(text, loops: loops) }
        return found
    }

    private static func match(_ text: String, in entries: [ResourceIdentity], loops: Bool) -> [ResourceIdentity] {
        let key = text.lowercased()
        let symbolic = entries.filter { $0.symbolicName?.lowercased() == key }
        if !symbolic.isEmpty { return symbolic }
        if let (name, index) = splitIndex(key) {
            let instance = entries.filter { $0.symbolicName?.lowercased() == name && $0.copyIndex == index }
            if !instance.isEmpty { return instance }
        }
        if text.hasPrefix("/") {
            var trimmed = key.hasSuffix("/") ? String(key.dropLast()) : key
            // `subscriptionResourceId('Microsoft.Resources/resourceGroups', n)` names the group
            // `/subscriptions/{s}/providers/Microsoft.Resources/resourceGroups/{n}`; ARM matches it
            // to the group the template declares.
            let groupForm = "/providers/microsoft.resources/resourcegroups/"
            if trimmed.hasPrefix("/subscriptions/"), let range = trimmed.range(of: groupForm),
               trimmed[..<range.lowerBound].split(separator: "/").count == 2,
               !trimmed[range.upperBound...].contains("/") {
                trimmed.replaceSubrange(range, with: "/resourcegroups/")
            }
            return entries.filter { $0.id.lowercased() == trimmed }
        }
        if loops {
            let looped = entries.filter { $0.copyName?.lowercased() == key }
            if !looped.isEmpty { return looped }
        }
        let byName = entries.filter { $0.name.lowercased() == key }
        if !byName.isEmpty { return byName }
        return entries.filter { e in
            let typeName = (e.type + "/" + e.name).lowercased()
            let qualified = ResourceID.qualified(type: e.type, name: e.name)?.lowercased()
            return key == typeName || key == qualified
                || (key.hasPrefix("providers/") && qualified.map { key == "providers/" + $0 } ?? false)
        }
    }
}
