import ArmletJSON

/// Resource functions: resource ids are built here; anything needing deployed state
/// (`reference`, `list*`, `pickZones`, `providers`) is delegated to the context.
enum ResourceFunctions {
    static let all: [TemplateFunction] = .family(
        TemplateFunction("resourceId", atLeast: 1) { call, a in
            let s = try call.strings(a)
            let (prefix, type, names) = try split(call, s)
            guard prefix.count <= 2 else { throw call.failure("too many arguments before the resource type '\(type)'.") }
            let context = call.context
            if prefix.isEmpty && (context.scope == .tenant || context.scope == .managementGroup) {
                return .string("/providers/" + qualified(type, names))
            }
            let subscriptionId = prefix.count == 2 ? prefix[0] : (try currentSubscriptionId(call))
            if prefix.isEmpty && context.scope == .subscription {
                return .string("/subscriptions/\(subscriptionId)/providers/" + qualified(type, names))
            }
            let group = prefix.count >= 1 ? prefix[prefix.count - 1] : (try currentResourceGroupName(call))
            return .string("/subscriptions/\(subscriptionId)/resourceGroups/\(group)/providers/" + qualified(type, names))
        },
        TemplateFunction("subscriptionResourceId", atLeast: 1) { call, a in
            let s = try call.strings(a)
            let (prefix, type, names) = try split(call, s)
            guard prefix.count <= 1 else { throw call.failure("too many arguments before the resource type '\(type)'.") }
            let subscriptionId = try prefix.first ?? currentSubscriptionId(call)
            return .string("/subscriptions/\(subscriptionId)/providers/" + qualified(type, names))
        },
        TemplateFunction("tenantResourceId", atLeast: 1) { call, a in
            let s = try call.strings(a)
            let (prefix, type, names) = try split(call, s)
            guard prefix.isEmpty else { throw call.failure("too many arguments before the resource type '\(type)'.") }
            return .string("/providers/" + qualified(type, names))
        },
        TemplateFunction("managementGroupResourceId", atLeast: 1) { call, a in
            let s = try call.strings(a)
            let (prefix, type, names) = try split(call, s)
            guard prefix.count <= 1 else { throw call.failure("too many arguments before the resource type '\(type)'.") }
            let group: String
            if let first = prefix.first {
                group = first
            } else {
                guard let name = try call.context.managementGroup()["name"]?.stringValue else { throw call.context.unavailable("managementGroup") }
                group = name
            }
            return .string("/providers/Microsoft.Management/managementGroups/\(group)/providers/" + qualified(type, names))
        },
        TemplateFunction("extensionResourceId", atLeast: 2) { call, a in
            let s = try call.strings(a)
            let base = s[0]
            let type = s[1]
            let names = Array(s.dropFirst(2))
            try checkNames(call, type, names)
            return .string(base + "/providers/" + qualified(type, names))
        },
        TemplateFunction("reference", arguments: 1...3) { call, a in try call.context.reference(a) },
        TemplateFunction("references", arguments: 1...2) { call, a in try call.context.references(a) },
        TemplateFunction("pickZones", arguments: 3...5) { call, a in
            _ = try call.string(a, 0); _ = try call.string(a, 1); _ = try call.string(a, 2)
            return try call.context.pickZones(a)
        },
        TemplateFunction("providers", arguments: 1...2) { call, a in try call.context.providers(a) }
    )

    /// Splits resource-id arguments into the leading scope arguments, the type and the names.
    static func split(_ call: Invocation, _ s: [String]) throws -> ([String], String, [String]) {
        guard let typeIndex = s.firstIndex(where: { $0.contains("/") }) else {
            throw call.failure("the resource type is missing: no argument has the form 'Namespace/type'.")
        }
        // ARM accepts a type written with a trailing slash ('Microsoft.Network/publicIPAddresses/').
        var type = s[typeIndex]
        while type.hasSuffix("/") { type.removeLast() }
        let names = Array(s[(typeIndex + 1)...])
        try checkNames(call, type, names)
        return (Array(s[..<typeIndex]), type, names)
    }

    static func checkNames(_ call: Invocation, _ type: String, _ names: [String]) throws {
        let expected = type.split(separator: "/", omittingEmptySubsequences: false).count - 1
        guard expected == names.count else {
            throw call.failure("the type '\(type)' requires '\(expected)' resource name argument(s).")
        }
    }

    /// `Microsoft.Sql/servers/databases` + `[a, b]` → `Microsoft.Sql/servers/a/databases/b`.
    static func qualified(_ type: String, _ names: [String]) -> String {
        let segments = type.split(separator: "/", omittingEmptySubsequences: false)
        var out = String(segments[0])
        for (segment, name) in zip(segments.dropFirst(), names) {
            out += "/" + segment + "/" + name
        }
        return out
    }

    static func currentSubscriptionId(_ call: Invocation) throws -> String {
        guard let id = try call.context.subscription()["subscriptionId"]?.stringValue else {
            throw call.context.unavailable("subscription")
        }
        return id
    }

    static func currentResourceGroupName(_ call: Invocation) throws -> String {
        guard let name = try call.context.resourceGroup()["name"]?.stringValue else {
            throw call.context.unavailable("resourceGroup")
        }
        return name
    }
}
