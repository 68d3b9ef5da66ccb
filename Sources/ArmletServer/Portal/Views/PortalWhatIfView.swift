import ArmletCore
import ArmletEngine
import ArmletJSON

/// A what-if result as the `whatIf` template shows it, coloured as the portal and `az` colour it:
/// a legend of the change types used, the resources by scope with their symbol (`+` create, `-`
/// delete, `~` modify, `!` deploy, `=` no change, `*` ignore, `x` unsupported), the property
/// changes nested (a created or deleted resource lists its properties), and the summary line.
enum PortalWhatIfView {
    /// The most property lines shown for one resource, and the deepest nesting followed.
    static let maximumLines = 300
    static let maximumDepth = 12

    /// The model of `result`.
    static func model(_ result: WhatIfOperationResult) -> [String: Any] {
        var scopes: [(scope: String, changes: [[String: Any]])] = []
        for change in result.changes {
            let id = ResourceID(change.resourceId)
            let scope = id?.scope?.description ?? ""
            let row = changeModel(change, id: id)
            if let index = scopes.firstIndex(where: { $0.scope.lowercased() == scope.lowercased() }) {
                scopes[index].changes.append(row)
            } else {
                scopes.append((scope, [row]))
            }
        }
        let used = Set(result.changes.map(\.changeType)).sorted { $0.weight < $1.weight }
        return [
            "legend": used.map { ["kind": kind($0), "symbol": $0.symbol, "name": $0.legendName] },
            "scopes": scopes.map { ["scope": $0.scope, "changes": $0.changes] },
            "summary": summary(result.changes),
            "hasDiagnostics": !result.diagnostics.isEmpty,
            "diagnostics": result.diagnostics.map { ["level": $0.level, "code": $0.code, "message": $0.message] },
        ]
    }

    /// `1 to create, 2 no change`, in az's order and words.
    static func summary(_ changes: [WhatIfChange]) -> String {
        let words: [(WhatIfChangeType, String)] = [(.create, "to create"), (.delete, "to delete"), (.modify, "to modify"),
                                                   (.deploy, "to deploy"), (.noChange, "no change"),
                                                   (.ignore, "to ignore"), (.unsupported, "unsupported")]
        let parts = words.compactMap { type, word -> String? in
            let count = changes.filter { $0.changeType == type }.count
            return count == 0 ? nil : "\(count) \(word)"
        }
        return parts.isEmpty ? "no change" : parts.joined(separator: ", ")
    }

    private static func changeModel(_ change: WhatIfChange, id: ResourceID?) -> [String: Any] {
        var budget = maximumLines
        var delta = change.delta.map { propertyModel($0, depth: 0, budget: &budget) }
        if delta.isEmpty, change.changeType == .create || change.changeType == .delete,
           let body = change.changeType == .create ? change.after : change.before {
            let symbol = change.changeType == .create ? WhatIfPropertyChangeType.create : .delete
            delta = flatten(body, prefix: "", depth: 0, budget: &budget).map { path, value in
                line(kind: symbol.rawValue.lowercased(), symbol: symbol.symbol, name: symbol.rawValue, path: path,
                     before: symbol == .delete ? value : nil, after: symbol == .create ? value : nil, children: [])
            }
        }
        return [
            "kind": kind(change.changeType), "symbol": change.changeType.symbol, "name": change.changeType.legendName,
            "resource": id.map { $0.type + "/" + $0.name } ?? change.resourceId,
            "reason": PortalErrorView.orFalse(change.unsupportedReason),
            "hasDelta": !delta.isEmpty, "delta": delta,
        ]
    }

    private static func propertyModel(_ change: WhatIfPropertyChange, depth: Int, budget: inout Int) -> [String: Any] {
        budget -= 1
        var children: [[String: Any]] = []
        if depth < maximumDepth {
            for child in change.children where budget > 0 {
                children.append(propertyModel(child, depth: depth + 1, budget: &budget))
            }
        }
        let type = change.propertyChangeType
        return line(kind: type.rawValue.lowercased(), symbol: type.symbol, name: type.rawValue, path: change.path,
                    before: change.before.map(text), after: change.after.map(text), children: children)
    }

    private static func line(kind: String, symbol: String, name: String, path: String, before: String?, after: String?,
                             children: [[String: Any]]) -> [String: Any] {
        [
            "kind": kind, "symbol": symbol, "name": name, "path": path,
            "hasValues": children.isEmpty && (before != nil || after != nil),
            "before": PortalErrorView.orFalse(before), "after": PortalErrorView.orFalse(after),
            "arrow": before != nil && after != nil, "hasChildren": !children.isEmpty, "children": children,
        ]
    }

    /// The leaves of `value` as `a.b.c` paths with their values (bounded by `budget` and depth).
    private static func flatten(_ value: JSONValue, prefix: String, depth: Int, budget: inout Int) -> [(String, String)] {
        guard let object = value.objectValue, !object.isEmpty, depth < maximumDepth else {
            budget -= 1
            return [(prefix, text(value))]
        }
        var lines: [(String, String)] = []
        for (key, member) in object where budget > 0 {
            lines += flatten(member, prefix: prefix.isEmpty ? key : prefix + "." + key, depth: depth + 1, budget: &budget)
        }
        return lines
    }

    private static func kind(_ type: WhatIfChangeType) -> String { type.rawValue.lowercased() }

    private static func text(_ value: JSONValue) -> String {
        value.stringValue.map { "\"\($0)\"" } ?? JSONWriter.write(value, style: .compact)
    }
}
