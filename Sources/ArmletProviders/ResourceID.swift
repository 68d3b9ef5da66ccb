import ArmletJSON

/// A parsed ARM resource id: `/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}…]`.
///
/// Segments are matched ignoring case. A missing leading slash is accepted, as DiskRP accepts
/// `subscriptions/…` in `sourceResourceId` (see the REST examples).
public struct ResourceID: Sendable, Hashable, CustomStringConvertible {
    /// The subscription GUID.
    public var subscriptionId: String
    /// The resource group, when the id has one.
    public var resourceGroup: String?
    /// The full type, e.g. `Microsoft.Compute/disks` (child types carry every segment).
    public var type: String
    /// The resource's name (the last segment).
    public var name: String
    /// `{type}/{name}` pairs after the namespace, as written (`disks/d1`, or `a/x/b/y` for a child).
    private var typeNamePath: String

    /// Parses `text`; `nil` when it is not a resource id of a provider resource.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard parts.count >= 2, JSONObject.equalIgnoringCase(parts[0], "subscriptions") else { return nil }
        subscriptionId = parts[1]
        var i = 2
        if parts.count > i + 1, JSONObject.equalIgnoringCase(parts[i], "resourceGroups") {
            resourceGroup = parts[i + 1]
            i += 2
        }
        guard parts.count > i + 3, JSONObject.equalIgnoringCase(parts[i], "providers") else { return nil }
        let namespace = parts[i + 1]
        let rest = Array(parts[(i + 2)...])
        guard rest.count % 2 == 0 else { return nil }
        var types: [String] = [namespace]
        var names: [String] = []
        for pair in stride(from: 0, to: rest.count, by: 2) {
            types.append(rest[pair])
            names.append(rest[pair + 1])
        }
        type = types.joined(separator: "/")
        guard let last = names.last else { return nil }
        name = last
        typeNamePath = rest.joined(separator: "/")
    }

    /// The canonical id text, with a leading slash.
    public var description: String {
        let group = resourceGroup.map { "/resourceGroups/\($0)" } ?? ""
        let namespace = type.split(separator: "/").first.map(String.init) ?? type
        return "/subscriptions/\(subscriptionId)\(group)/providers/\(namespace)/\(typeNamePath)"
    }

    /// Whether the id names a resource of `type` (ignoring case).
    public func isType(_ type: String) -> Bool { JSONObject.equalIgnoringCase(self.type, type) }
}
