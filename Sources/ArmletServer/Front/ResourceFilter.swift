import ArmletCore
import ArmletEngine
import ArmletJSON
import Foundation

/// The OData `$filter` of ARM's resource and resource-group lists, as far as Armlet reads it.
///
/// Resources (`Resources_List`): `eq`/`ne` on `resourceType`, `name`, `location` and
/// `resourceGroup`, `substringof('text', name|resourceGroup)`, combined with `and`, `or` and
/// parentheses. Tags stand alone, as in ARM: `tagName eq 'k'`, optionally `and tagValue eq 'v'` or
/// `and startswith(tagValue, 'v')`; a tag filter mixed with anything else is refused, and the
/// matches are listed without their tags (ARM's documented behaviour). Resource groups take the tag
/// forms only. Anything else is 400 `InvalidFilterInQueryString`.
///
/// Names, types, groups and tag names compare ignoring case; locations after normalising
/// (`West US` = `westus`); tag values exactly.
enum ResourceFilter: Equatable {
    /// A tag filter: the tag `name`, and what its value must be (any value when nil).
    case tag(name: String, value: TagValue?)
    /// A condition over the resource's own fields.
    case condition(Condition)

    /// How a tag's value is matched.
    enum TagValue: Equatable {
        case equals(String)
        case startsWith(String)
    }

    /// A boolean expression over a resource's fields.
    indirect enum Condition: Equatable {
        case compare(Field, equal: Bool, String)
        case substring(String, of: Field)
        case and(Condition, Condition)
        case or(Condition, Condition)
    }

    /// The fields a condition reads.
    enum Field: String, CaseIterable {
        case resourceType, name, location, resourceGroup
    }

    /// The filter of `text`; nil when absent or blank.
    /// - Throws: ``ARMError`` `InvalidFilterInQueryString` (400) when Armlet cannot read it.
    static func parse(_ text: String?) throws(ARMError) -> ResourceFilter? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        var parser = ODataFilterParser(text: text)
        guard let expression = parser.parse() else { throw invalid(text) }
        if let tag = tagFilter(expression) { return tag }
        guard let condition = condition(expression) else { throw invalid(text) }
        return .condition(condition)
    }

    /// The filter of `text` for resource groups, which take tag filters only.
    /// - Throws: ``ARMError`` `InvalidFilterInQueryString` (400) for anything else.
    static func parseGroupFilter(_ text: String?) throws(ARMError) -> ResourceFilter? {
        let filter = try parse(text)
        if case .condition? = filter, let text { throw invalid(text) }
        return filter
    }

    /// ARM's answer to a filter it cannot read.
    static func invalid(_ text: String) -> ARMError {
        ARMError(code: "InvalidFilterInQueryString", message: "Invalid $filter '\(text)' specified in the query string.")
    }

    /// Whether the filter selects by tag (ARM then lists the matches without their tags).
    var isTagFilter: Bool {
        if case .tag = self { return true }
        return false
    }

    /// Whether `resource` passes.
    func matches(_ resource: GenericResource) -> Bool {
        switch self {
        case .tag(let name, let value): Self.matches(tags: resource.tags, name: name, value: value)
        case .condition(let condition): condition.matches(resource)
        }
    }

    /// Whether `group` passes (only tag filters reach groups).
    func matches(_ group: ResourceGroup) -> Bool {
        switch self {
        case .tag(let name, let value): Self.matches(tags: group.tags, name: name, value: value)
        case .condition: false
        }
    }

    private static func matches(tags: JSONObject, name: String, value: TagValue?) -> Bool {
        guard let tag = tags[name] else { return false }
        let text = tag.stringValue ?? ""
        switch value {
        case nil: return true
        case .equals(let expected)?: return text == expected
        case .startsWith(let prefix)?: return text.hasPrefix(prefix)
        }
    }

    // MARK: - From the syntax tree

    private static func tagFilter(_ expression: ODataExpression) -> ResourceFilter? {
        switch expression {
        case .comparison("tagname", true, let name):
            return .tag(name: name, value: nil)
        case .and(.comparison("tagname", true, let name), let value),
             .and(let value, .comparison("tagname", true, let name)):
            switch value {
            case .comparison("tagvalue", true, let text): return .tag(name: name, value: .equals(text))
            case .call("startswith", .field("tagvalue"), .literal(let text)):
                return .tag(name: name, value: .startsWith(text))
            default: return nil
            }
        default:
            return nil
        }
    }

    private static func condition(_ expression: ODataExpression) -> Condition? {
        switch expression {
        case .comparison(let field, let equal, let value):
            guard let field = Field.named(field) else { return nil }
            return .compare(field, equal: equal, value)
        case .call("substringof", .literal(let text), .field(let field)):
            guard let field = Field.named(field), field == .name || field == .resourceGroup else { return nil }
            return .substring(text, of: field)
        case .and(let left, let right):
            guard let left = condition(left), let right = condition(right) else { return nil }
            return .and(left, right)
        case .or(let left, let right):
            guard let left = condition(left), let right = condition(right) else { return nil }
            return .or(left, right)
        default:
            return nil
        }
    }
}

extension ResourceFilter.Field {
    /// The field named `lowercased` (as the parser hands names over).
    static func named(_ lowercased: String) -> Self? {
        allCases.first { $0.rawValue.lowercased() == lowercased }
    }

    /// The field's value in `resource` ("" when it has none).
    func value(in resource: GenericResource) -> String {
        switch self {
        case .resourceType: resource.type
        case .name: resource.name
        case .location: resource.location ?? ""
        case .resourceGroup: resource.resourceGroup ?? ""
        }
    }
}

extension ResourceFilter.Condition {
    /// Whether `resource` satisfies the condition.
    func matches(_ resource: GenericResource) -> Bool {
        switch self {
        case .compare(let field, let equal, let expected):
            let actual = field.value(in: resource)
            let same = field == .location
                ? Location.normalize(actual) == Location.normalize(expected)
                : JSONObject.equalIgnoringCase(actual, expected)
            return same == equal
        case .substring(let text, let field):
            return field.value(in: resource).lowercased().contains(text.lowercased())
        case .and(let left, let right):
            return left.matches(resource) && right.matches(resource)
        case .or(let left, let right):
            return left.matches(resource) || right.matches(resource)
        }
    }
}
