package import ArmletJSON

/// The JSON type a catalogued property takes.
package enum PropertyKind: String, Sendable, Hashable, CaseIterable {
    case string, integer, number, boolean, object, array, any

    /// The name messages use, matching ``JSONValue/typeName`` where the two meet.
    package var displayName: String {
        switch self {
        case .string: "String"
        case .integer: "Integer"
        case .number: "Number"
        case .boolean: "Boolean"
        case .object: "Object"
        case .array: "Array"
        case .any: "Any"
        }
    }

    /// Whether `value` has this type (integers count as numbers; `any` takes everything).
    package func accepts(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.any, _), (.string, .string), (.integer, .int), (.number, .int), (.number, .double),
             (.boolean, .bool), (.object, .object), (.array, .array):
            true
        default:
            false
        }
    }
}

/// One node of a resource type's property tree, as `Schemas/resource-types/*.json` describes it.
///
/// Children are looked up ignoring case, as ARM treats property names. `since` and `removedIn` are
/// `nil` when the property exists in every API version of its parent.
package struct PropertySchema: Sendable {
    /// The property name as the REST specification spells it (empty for the root and for items).
    package let name: String
    /// The JSON type.
    package let kind: PropertyKind
    /// A format hint such as `date-time` or `int64`.
    package let format: String?
    /// The allowed string values, when the property is an enumeration (compared ignoring case).
    package let enumValues: [String]?
    /// Enumeration values that appeared after the property itself, with the version that added them.
    package let enumSince: [String: APIVersion]
    /// Whether the parent object must contain this property.
    package let isRequired: Bool
    /// Whether only the service sets it (requests that set it are ignored).
    package let isReadOnly: Bool
    /// Whether it can be set only when the resource is created.
    package let isImmutable: Bool
    /// The value the service fills in when the property is absent.
    package let defaultValue: JSONValue?
    /// The first API version with this property, when later than its parent's.
    package let since: APIVersion?
    /// The first API version without this property, when it was removed.
    package let removedIn: APIVersion?
    /// The named members of an object, in specification order.
    package let properties: [PropertySchema]
    private let index: [String: Int]
    private let nested: [PropertySchema]
    private let hasItems: Bool
    private let hasAdditional: Bool

    /// A node with every facet given; `items` and `additionalProperties` describe array elements
    /// and the values of map-like objects.
    package init(name: String, kind: PropertyKind, format: String? = nil, enumValues: [String]? = nil,
                enumSince: [String: APIVersion] = [:], isRequired: Bool = false, isReadOnly: Bool = false,
                isImmutable: Bool = false, defaultValue: JSONValue? = nil, since: APIVersion? = nil,
                removedIn: APIVersion? = nil, properties: [PropertySchema] = [], items: PropertySchema? = nil,
                additionalProperties: PropertySchema? = nil) {
        self.name = name
        self.kind = kind
        self.format = format
        self.enumValues = enumValues
        self.enumSince = enumSince
        self.isRequired = isRequired
        self.isReadOnly = isReadOnly
        self.isImmutable = isImmutable
        self.defaultValue = defaultValue
        self.since = since
        self.removedIn = removedIn
        self.properties = properties
        var index: [String: Int] = [:]
        for (i, p) in properties.enumerated() { index[p.name.lowercased()] = i }
        self.index = index
        self.nested = [items, additionalProperties].compactMap { $0 }
        self.hasItems = items != nil
        self.hasAdditional = additionalProperties != nil
    }

    /// The schema of array elements.
    package var items: PropertySchema? { hasItems ? nested.first : nil }

    /// The schema of members not named in ``properties`` (maps such as `tags`); `nil` means such
    /// members are unknown.
    package var additionalProperties: PropertySchema? { hasAdditional ? nested.last : nil }

    /// The named member `name`, looked up ignoring case.
    package func property(named name: String) -> PropertySchema? {
        index[name.lowercased()].map { properties[$0] }
    }

    /// Whether the property exists in `version`.
    package func isAvailable(in version: APIVersion) -> Bool {
        if let since, version < since { return false }
        if let removedIn, version >= removedIn { return false }
        return true
    }

    /// The enumeration value matching `value` ignoring case, spelled as the specification does.
    package func enumValue(matching value: String) -> String? {
        enumValues?.first { JSONObject.equalIgnoringCase($0, value) }
    }
}
