import ArmletJSON

/// An Azure Resource Manager resource id, at any scope: the tenant (`/`), a management group
/// (`/providers/Microsoft.Management/managementGroups/{mg}`), a subscription (`/subscriptions/{s}`), a
/// resource group (`/subscriptions/{s}/resourceGroups/{g}`), a provider resource under any of them
/// (`…/providers/{namespace}/{type}/{name}[/{type}/{name}…]`), or an extension resource, whose scope
/// is itself a resource (`…/disks/d1/providers/Microsoft.Authorization/locks/l1`).
///
/// Ids compare and hash ignoring case, as ARM compares them, while ``description`` keeps the spelling
/// they were written with. A missing leading slash is accepted (DiskRP accepts `subscriptions/…` in
/// `sourceResourceId`).
public struct ResourceID: Sendable, CustomStringConvertible {
    /// What an id names.
    public enum Kind: String, Sendable, Hashable {
        case tenant, managementGroup, subscription, resourceGroup
        /// A provider resource (top-level or child) whose scope is the tenant, a management group, a
        /// subscription or a resource group.
        case resource
        /// A provider resource whose scope is another provider resource.
        case extensionResource
    }

    /// The segments as written, without empty ones.
    public let segments: [String]
    /// Index in ``segments`` of the last `providers` that starts a resource's namespace, if any.
    private let providersIndex: Int?
    /// What the id names.
    public let kind: Kind

    /// Parses `text`; `nil` when it is not a well-formed id at any scope.
    public init?(_ text: String) {
        let parts = text.split(ascii: UInt8(ascii: "/")).map(String.init)
        self.init(segments: parts)
    }

    /// Parses segments (no empty ones); `nil` when they do not form an id.
    public init?(segments written: [String]) {
        var parts = written
        var i = 0
        var kind = Kind.tenant
        if parts.count >= 4, Self.same(parts[0], "providers"), Self.same(parts[1], "Microsoft.Management"),
           Self.same(parts[2], "managementGroups") {
            kind = .managementGroup
            parts[0] = "providers"
            i = 4
        } else if parts.count >= 2, Self.same(parts[0], "subscriptions") {
            kind = .subscription
            parts[0] = "subscriptions"
            i = 2
            if parts.count >= 4, Self.same(parts[2], "resourceGroups") {
                kind = .resourceGroup
                parts[2] = "resourceGroups"
                i = 4
            }
        }
        var lastProviders: Int?
        var resourceCount = 0
        while i < parts.count {
            // Each provider part: providers/{namespace}/{type}/{name}[/{type}/{name}…], up to the next `providers`.
            guard Self.same(parts[i], "providers"), i + 3 < parts.count else { return nil }
            var j = i + 2
            while j + 1 < parts.count, !Self.same(parts[j], "providers") { j += 2 }
            guard j <= parts.count, (j - i - 2) % 2 == 0, j - i - 2 >= 2 else { return nil }
            parts[i] = "providers"
            lastProviders = i
            resourceCount += 1
            i = j
        }
        if resourceCount > 0 {
            kind = resourceCount > 1 ? .extensionResource : .resource
        }
        segments = parts
        providersIndex = lastProviders
        self.kind = kind
    }

    // MARK: - Scopes

    /// The management group the id is under, if any.
    public var managementGroup: String? {
        segments.count >= 4 && Self.same(segments[0], "providers") && Self.same(segments[2], "managementGroups")
            ? segments[3] : nil
    }

    /// The subscription the id is under, if any.
    public var subscriptionId: String? {
        segments.count >= 2 && Self.same(segments[0], "subscriptions") ? segments[1] : nil
    }

    /// The resource group the id is under, if any.
    public var resourceGroup: String? {
        segments.count >= 4 && Self.same(segments[0], "subscriptions") && Self.same(segments[2], "resourceGroups")
            ? segments[3] : nil
    }

    /// The scope a provider resource is deployed at: the part before its `/providers/` (the extended
    /// resource for an extension resource); for a scope, its parent scope (`nil` for the tenant).
    public var scope: ResourceID? {
        if let p = providersIndex { return ResourceID(trusted: Array(segments[..<p])) }
        switch kind {
        case .tenant: return nil
        case .managementGroup, .subscription: return .tenant
        case .resourceGroup: return ResourceID(trusted: Array(segments[..<2]))
        case .resource, .extensionResource: return nil
        }
    }

    /// The id one level up: a child resource's parent resource, else the ``scope``.
    public var parent: ResourceID? {
        if let p = providersIndex, segments.count - p > 4 { return ResourceID(trusted: Array(segments.dropLast(2))) }
        return scope
    }

    /// Reads the root scope at the start of `text` (a management group, a subscription and its group,
    /// or the tenant) and returns it with the text that follows it, whether or not that forms a
    /// resource (`…/resourceGroups/rg/providers/p1/foo` gives the group and `providers/p1/foo`).
    public static func splitRootScope(_ text: String) -> (root: ResourceID, remainder: Substring) {
        var parts: [Substring] = []
        var ends: [String.Index] = []
        var rest = Substring(text)
        let slash = UInt8(ascii: "/")
        while parts.count < 4 {
            guard let start = rest.utf8.firstIndex(where: { $0 != slash }) else { break }
            let end = rest.utf8[start...].firstIndex(of: slash) ?? rest.endIndex
            parts.append(rest[start..<end])
            ends.append(end)
            rest = rest[end...]
        }
        func word(_ i: Int, _ expected: String) -> Bool {
            i < parts.count && JSONObject.equalIgnoringCase(String(parts[i]), expected)
        }
        var length = 0
        if word(0, "providers"), word(1, "Microsoft.Management"), word(2, "managementGroups"), parts.count == 4 {
            length = 4
        } else if word(0, "subscriptions"), parts.count >= 2 {
            length = word(2, "resourceGroups") && parts.count == 4 ? 4 : 2
        }
        let root = length == 0 ? .tenant : ResourceID(segments: parts.prefix(length).map(String.init)) ?? .tenant
        let after = length == 0 ? text.startIndex : ends[length - 1]
        let remainder = text[after...]
        return (root, remainder.drop { $0 == "/" })
    }

    // MARK: - The resource part

    /// The resource provider namespace (`Microsoft.Compute`); for scopes, the namespace of their type.
    public var namespace: String {
        if let p = providersIndex { return segments[p + 1] }
        switch kind {
        case .managementGroup: return "Microsoft.Management"
        case .subscription, .resourceGroup: return "Microsoft.Resources"
        default: return ""
        }
    }

    /// The full type: `Microsoft.Compute/disks`, `Microsoft.Sql/servers/databases` for a child,
    /// `Microsoft.Resources/resourceGroups` for a group; empty for the tenant.
    public var type: String {
        guard let p = providersIndex else {
            switch kind {
            case .managementGroup: return "Microsoft.Management/managementGroups"
            case .subscription: return "Microsoft.Resources/subscriptions"
            case .resourceGroup: return "Microsoft.Resources/resourceGroups"
            default: return ""
            }
        }
        var out = segments[p + 1]
        for k in stride(from: p + 2, to: segments.count, by: 2) { out += "/" + segments[k] }
        return out
    }

    /// The last name segment (`d1`; the group's name for a group; empty for the tenant).
    public var name: String { kind == .tenant ? "" : segments.last ?? "" }

    /// Every name after the namespace joined by `/` (`server1/db1`), as a template's `name` writes a
    /// child resource.
    public var qualifiedName: String {
        guard let p = providersIndex else { return name }
        return stride(from: p + 3, to: segments.count, by: 2).map { segments[$0] }.joined(separator: "/")
    }

    /// The id relative to its scope: `Microsoft.Compute/disks/d1` (what follows the last `/providers/`),
    /// `resourceGroups/g` for a group, `subscriptions/s` for a subscription.
    public var relativeId: String {
        if let p = providersIndex { return segments[(p + 1)...].joined(separator: "/") }
        return segments.suffix(2).joined(separator: "/")
    }

    /// Whether the id names a resource of `type` (ignoring case).
    public func isType(_ type: String) -> Bool { Self.same(self.type, type) }

    /// The last segment of id text, even when the text is not a well-formed id.
    public static func name(of text: String) -> String {
        ResourceID(text)?.name ?? text.split(separator: "/").last.map(String.init) ?? text
    }

    /// The full type of id text; empty when the text is not a well-formed id.
    public static func resourceType(of text: String) -> String { ResourceID(text)?.type ?? "" }

    // MARK: - Text

    /// The id text with a leading slash (`/` for the tenant): names, namespaces and types as written, the
    /// fixed words (`subscriptions`, `resourceGroups`, `providers`) in ARM's spelling.
    public var description: String { "/" + segments.joined(separator: "/") }

    /// The case-insensitive key ids compare by.
    public var key: String { description.lowercased() }

    // MARK: - Building

    /// The tenant scope, `/`.
    public static let tenant = ResourceID(trusted: [], kind: .tenant)

    /// `/subscriptions/{id}`.
    public static func subscription(_ id: String) -> ResourceID {
        ResourceID(trusted: ["subscriptions", id], kind: .subscription)
    }

    /// `/subscriptions/{subscriptionId}/resourceGroups/{name}`.
    public static func resourceGroup(subscriptionId: String, name: String) -> ResourceID {
        ResourceID(trusted: ["subscriptions", subscriptionId, "resourceGroups", name], kind: .resourceGroup)
    }

    /// `/providers/Microsoft.Management/managementGroups/{name}`.
    public static func managementGroup(_ name: String) -> ResourceID {
        ResourceID(trusted: ["providers", "Microsoft.Management", "managementGroups", name], kind: .managementGroup)
    }

    /// The id of a resource of `type` named `name` at this scope, as `resourceId()` builds it (see
    /// ``text(scope:type:name:)``); `nil` when the name does not fit the type.
    public func appending(type: String, name: String) -> ResourceID? {
        Self.text(scope: description == "/" ? "" : description, type: type, name: name).flatMap { ResourceID($0) }
    }

    /// The id text of a resource of `type` named `name` under the scope id text `scopeId` (any id, for
    /// an extension resource), by text arithmetic alone, as `resourceId()` builds it: a child type takes
    /// one name segment per type segment (`Microsoft.Sql/servers/databases` with `s1/db1`); groups under
    /// a subscription and subscriptions are scopes, not provider resources. `nil` when the name does not
    /// fit the type. Expansion calls it once per resource, so it parses nothing.
    public static func text(scope scopeId: String, type: String, name: String) -> String? {
        if same(type, "Microsoft.Resources/resourceGroups"), scopeId.lowercased().hasPrefix("/subscriptions/"),
           !scopeId.lowercased().contains("/resourcegroups/") {
            return scopeId + "/resourceGroups/" + name
        }
        if same(type, "Microsoft.Resources/subscriptions") { return "/subscriptions/" + name }
        return qualified(type: type, name: name).map { scopeId + "/providers/" + $0 }
    }

    /// `Microsoft.Sql/servers/databases` + `s1/db1` → `Microsoft.Sql/servers/s1/databases/db1`; `nil`
    /// when the name does not have one segment per type segment after the namespace.
    public static func qualified(type: String, name: String) -> String? {
        let types = type.split(separator: "/", omittingEmptySubsequences: false)
        let names = name.split(separator: "/", omittingEmptySubsequences: false)
        guard types.count >= 2, names.count == types.count - 1 else { return nil }
        var out = String(types[0])
        for (t, n) in zip(types.dropFirst(), names) { out += "/\(t)/\(n)" }
        return out
    }

    private init(trusted segments: [String], kind: Kind? = nil) {
        if let kind {
            self.segments = segments
            self.kind = kind
            providersIndex = nil
        } else {
            self = ResourceID(segments: segments) ?? ResourceID(trusted: [], kind: .tenant)
        }
    }

    static func same(_ a: String, _ b: String) -> Bool { JSONObject.equalIgnoringCase(a, b) }
}

extension ResourceID: Hashable {
    /// Ids are equal when their texts are equal ignoring case.
    public static func == (a: ResourceID, b: ResourceID) -> Bool {
        a.segments.count == b.segments.count && zip(a.segments, b.segments).allSatisfy { same($0, $1) }
    }

    public func hash(into hasher: inout Hasher) {
        for segment in segments {
            // ASCII folded byte by byte (no allocation); other text through lowercased(), as `==` does.
            let text = segment.utf8.allSatisfy { $0 < 0x80 } ? segment : segment.lowercased()
            for byte in text.utf8 { hasher.combine(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            hasher.combine(UInt8(0x2F))
        }
    }
}
