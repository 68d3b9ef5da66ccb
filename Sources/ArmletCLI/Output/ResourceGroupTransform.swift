import ArmletJSON

/// The Azure CLI's global result transform: every object (at any depth) whose `id` names a
/// resource inside a resource group gains a `resourceGroup` member, unless it has one already
/// (in any letter case). Objects under `sourceVault` are left alone, as the CLI does.
///
/// An id counts when its fourth `/`-separated part is `resourceGroups` (any case) and it has at
/// least nine parts, i.e. it is a resource in a group rather than the group itself.
enum ResourceGroupTransform {
    /// `value` with `resourceGroup` added where the CLI adds it.
    static func apply(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items):
            return .array(items.map(apply))
        case .object(let object):
            var result = JSONObject()
            for (key, member) in zip(object.keys, object.values) {
                result.appendUnchecked(key, key == "sourceVault" ? member : apply(member))
            }
            if result["resourceGroup"] == nil, let id = object["id"]?.stringValue, let group = group(of: id) {
                result["resourceGroup"] = .string(group)
            }
            return .object(result)
        default:
            return value
        }
    }

    /// The group the CLI reads from `id`, if any.
    static func group(of id: String) -> String? {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count > 8, parts[3].lowercased() == "resourcegroups" else { return nil }
        return String(parts[4])
    }
}
