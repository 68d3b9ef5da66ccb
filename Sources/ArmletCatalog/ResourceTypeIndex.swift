package import ArmletCore

/// Every Azure resource type Armlet knows by name: its real API versions and the scopes a template
/// can deploy it at, from `../shared/catalog/api-versions.json` (embedded by
/// `scripts/generate-catalog.sh`). The deep schemas of ``ResourceCatalog`` add bodies and locations
/// for the types Armlet simulates; this index answers "does this type, version and scope exist?" for
/// all the others.
package struct ResourceTypeIndex: Sendable {
    /// One resource type.
    package struct Entry: Sendable, Hashable {
        /// The type as Azure spells it, e.g. `Microsoft.Storage/storageAccounts`.
        package let typeName: String
        /// Its API versions, in the source's order (oldest first).
        package let apiVersions: [APIVersion]
        /// The scopes a template deploys it at; empty when the source lists none (read-only types).
        package let scopes: ResourceTypeScopes
    }

    private let byType: [String: Entry]
    private let namespaces: [String: String]
    private let typesByNamespace: [String: [String]]

    /// The number of types.
    package var count: Int { byType.count }

    /// The index of the embedded list, read on first use.
    package static let shared = ResourceTypeIndex(text: EmbeddedTypeIndex.text)

    /// Reads lines of `Type|scopes|version,version,...` (see `scripts/generate-type-index.py`);
    /// malformed lines are skipped.
    package init(text: String) {
        var byType: [String: Entry] = [:]
        var namespaces: [String: String] = [:]
        var typesByNamespace: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            let name = String(parts[0])
            let versions = parts[2].split(separator: ",").compactMap { APIVersion(String($0)) }
            let entry = Entry(typeName: name, apiVersions: versions, scopes: ResourceTypeScopes(letters: parts[1]))
            byType[name.lowercased()] = entry
            let namespace = ResourceTypeName.namespace(of: name)
            namespaces[namespace.lowercased()] = namespaces[namespace.lowercased()] ?? namespace
            typesByNamespace[namespace.lowercased(), default: []].append(name)
        }
        self.byType = byType
        self.namespaces = namespaces
        self.typesByNamespace = typesByNamespace
    }

    /// The entry of `type`, matched ignoring case.
    package func entry(for type: String) -> Entry? { byType[type.lowercased()] }

    /// The namespace as Azure spells it, when any type has it (ignoring case).
    package func namespace(named name: String) -> String? { namespaces[name.lowercased()] }

    /// Every namespace, as Azure spells it.
    package var namespaceNames: [String] { Array(namespaces.values) }

    /// The types of `namespace` (ignoring case), as Azure spells them.
    package func types(inNamespace namespace: String) -> [String] { typesByNamespace[namespace.lowercased()] ?? [] }

    /// Whether `type` is one a custom resource provider defines (`Microsoft.CustomProviders/
    /// resourceProviders/{type}`): its owner chooses its name and versions, so Azure's list cannot know it.
    package static func isUserDefined(_ type: String) -> Bool {
        let lower = type.lowercased()
        return lower.hasPrefix("microsoft.customproviders/resourceproviders/")
    }

}

/// The scopes a resource type can be deployed at.
package struct ResourceTypeScopes: OptionSet, Sendable, Hashable {
    package let rawValue: Int
    /// A scope set.
    package init(rawValue: Int) { self.rawValue = rawValue }

    /// Inside a resource group.
    package static let resourceGroup = ResourceTypeScopes(rawValue: 1)
    /// At a subscription.
    package static let subscription = ResourceTypeScopes(rawValue: 2)
    /// At a management group.
    package static let managementGroup = ResourceTypeScopes(rawValue: 4)
    /// At the tenant.
    package static let tenant = ResourceTypeScopes(rawValue: 8)
    /// As an extension of another resource (`scope` property).
    package static let `extension` = ResourceTypeScopes(rawValue: 16)

    /// The scopes named by the index's letters (`r s m t e`).
    init(letters: Substring) {
        var set: ResourceTypeScopes = []
        for letter in letters {
            switch letter {
            case "r": set.insert(.resourceGroup)
            case "s": set.insert(.subscription)
            case "m": set.insert(.managementGroup)
            case "t": set.insert(.tenant)
            case "e": set.insert(.extension)
            default: break
            }
        }
        self = set
    }

    /// The scopes' names as ARM writes them (`resource group`, `subscription`, ...), in a fixed order.
    package var names: [String] {
        var names: [String] = []
        if contains(.resourceGroup) { names.append("resource group") }
        if contains(.subscription) { names.append("subscription") }
        if contains(.managementGroup) { names.append("management group") }
        if contains(.tenant) { names.append("tenant") }
        if contains(.extension) { names.append("extension") }
        return names
    }
}

extension ResourceTypeScopes {
    /// The scope a resource with id `id` is deployed at: its ``ResourceID/scope``'s kind, or
    /// `extension` when that scope is itself a resource. A child resource is deployed where its
    /// top-level parent is.
    package init(deployedAt id: ResourceID) {
        switch id.scope?.kind {
        case .tenant?: self = .tenant
        case .managementGroup?: self = .managementGroup
        case .subscription?: self = .subscription
        case .resourceGroup?: self = .resourceGroup
        case .resource?, .extensionResource?: self = .extension
        case nil: self = []
        }
    }
}
