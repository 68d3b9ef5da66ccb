import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate
import Foundation

/// What a `dependsOn` entry points at, as far as the template alone tells.
package enum DependencyTarget: Sendable, Hashable {
    /// These resources (a copy loop name resolves to all its instances' declaration).
    case resources(Set<Int>)
    /// Nothing in the template: ARM rejects the deployment.
    case missing
    /// Cannot tell without deploying (names built from runtime values, cross-group IDs, ...).
    case unknown
}

extension ResourceIndex {
    /// Resolves `text`, one `dependsOn` entry of any resource.
    package func resolveDependency(_ text: String) -> DependencyTarget {
        if TemplateString.isExpression(text) {
            guard case .expression(let node)? = try? TemplateString.parse(text) else { return .unknown }
            if let call = node.functionCall, call.namespace == nil,
               ["resourceid", "subscriptionresourceid", "tenantresourceid"].contains(call.name.lowercased()) {
                return resolveResourceIdCall(call)
            }
            guard let value = literals.string(node) else { return .unknown }
            return resolveLiteral(value)
        }
        return resolveLiteral(text)
    }

    private func resolveResourceIdCall(_ call: FunctionCall) -> DependencyTarget {
        let arguments = call.arguments
        guard let typeIndex = arguments.firstIndex(where: { node in
            guard let s = literals.string(node) else { return false }
            return ResourceIndex.looksLikeType(s)
        }), let written = literals.string(arguments[typeIndex]) else { return .unknown }
        // ARM tolerates a trailing slash after the type (`'Microsoft.Network/virtualNetworks/'`).
        var type = written
        while type.hasSuffix("/") { type.removeLast() }
        // Arguments before the type name another subscription or resource group.
        if typeIndex > 0 { return .unknown }
        let candidates = entries(ofType: type)
        if candidates.isEmpty { return .missing }
        let nameNodes = Array(arguments[(typeIndex + 1)...])
        let names = nameNodes.map { literals.string($0) }
        if names.allSatisfy({ $0 != nil }) {
            let full = names.compactMap { $0 }.joined(separator: "/")
            return match(full, among: candidates)
        }
        if nameNodes.count == 1 {
            let written = candidates.filter { $0.nameNode == nameNodes[0] }
            if !written.isEmpty { return .resources(Set(written.map(\.index))) }
        }
        return candidates.count == 1 ? .resources([candidates[0].index]) : .unknown
    }

    private func resolveLiteral(_ text: String) -> DependencyTarget {
        if symbolic {
            let hits = entries.filter { $0.resource.symbolicName.map { JSONObject.equalIgnoringCase($0, text) } ?? false }
            if !hits.isEmpty { return .resources(Set(hits.map(\.index))) }
        }
        let loops = entries.filter { $0.resource.copy.map { JSONObject.equalIgnoringCase($0.name, text) } ?? false }
        if !loops.isEmpty { return .resources(Set(loops.map(\.index))) }
        if let (type, name) = ResourceIndex.splitTypedName(text) {
            let candidates = entries(ofType: type)
            if candidates.isEmpty { return .missing }
            return match(name, among: candidates)
        }
        let byName = entries.filter { entry in
            guard let n = entry.resolvedName else { return false }
            return JSONObject.equalIgnoringCase(n, text)
                || JSONObject.equalIgnoringCase(String(n.split(separator: "/").last ?? ""), text)
        }
        if !byName.isEmpty { return .resources(Set(byName.map(\.index))) }
        return entries.contains { $0.resolvedName == nil } ? .unknown : .missing
    }

    private func match(_ name: String, among candidates: [ResourceEntry]) -> DependencyTarget {
        let hits = candidates.filter { $0.resolvedName.map { JSONObject.equalIgnoringCase($0, name) } ?? false }
        if !hits.isEmpty { return .resources(Set(hits.map(\.index))) }
        return candidates.contains { $0.resolvedName == nil } ? .unknown : .missing
    }

    /// `Namespace.X/type` or `Namespace.X/type/child`: a resource type rather than a name.
    static func looksLikeType(_ s: String) -> Bool {
        guard !s.hasPrefix("/"), let first = s.split(separator: "/").first else { return false }
        return first.contains(".") && s.contains("/")
    }

    /// Splits `Microsoft.X/type/name[/child/name]` or a resource ID into its type and name.
    static func splitTypedName(_ text: String) -> (type: String, name: String)? {
        var rest = Substring(text)
        if let range = text.range(of: "/providers/", options: [.caseInsensitive, .backwards]) {
            rest = text[range.upperBound...]
        } else if text.hasPrefix("/") {
            return nil
        }
        let parts = rest.split(separator: "/").map(String.init)
        guard parts.count >= 3, parts.count % 2 == 1, parts[0].contains(".") else { return nil }
        var types = [parts[0], parts[1]]
        var names = [parts[2]]
        var i = 3
        while i + 1 < parts.count {
            types.append(parts[i])
            names.append(parts[i + 1])
            i += 2
        }
        return (types.joined(separator: "/"), names.joined(separator: "/"))
    }
}
