import ArmletCatalog
import ArmletCore
package import ArmletJSON
import ArmletState
import Foundation

/// ARM's `ResourceGroups_ExportTemplate`: a template that would recreate a group's resources — each
/// with `type`, `apiVersion`, `name`, `location` and the members a request may set (`properties` less
/// what the catalog marks read-only and `provisioningState`); `dependsOn` is not worked out.
///
/// Top-level names become `String` parameters named `{type}_{name}_name` (characters other than
/// letters and digits written `_`) unless the options skip that; child resources keep their literal
/// `parent/child` names.
package struct ResourceGroupExport: Sendable {
    /// The request's `options`, a comma-separated list ARM reads ignoring case.
    package struct Options: OptionSet, Sendable {
        package let rawValue: Int
        package init(rawValue: Int) { self.rawValue = rawValue }

        /// `IncludeParameterDefaultValue`: parameters carry the current names as defaults.
        package static let includeParameterDefaultValue = Options(rawValue: 1)
        /// `IncludeComments`: accepted; Armlet writes no comments.
        package static let includeComments = Options(rawValue: 2)
        /// `SkipResourceNameParameterization`: names are written literally.
        package static let skipResourceNameParameterization = Options(rawValue: 4)
        /// `SkipAllParameterization`: no parameters at all.
        package static let skipAllParameterization = Options(rawValue: 8)

        private static let names: [(String, Options)] = [
            ("IncludeParameterDefaultValue", .includeParameterDefaultValue), ("IncludeComments", .includeComments),
            ("SkipResourceNameParameterization", .skipResourceNameParameterization),
            ("SkipAllParameterization", .skipAllParameterization),
        ]

        /// Reads `text` (`"IncludeParameterDefaultValue,IncludeComments"`), ignoring case; fails on the first unknown option.
        package static func parse(_ text: String) -> Result<Options, UnknownOption> {
            var options: Options = []
            for part in text.split(separator: ",") {
                let word = part.trimmingCharacters(in: .whitespaces)
                guard !word.isEmpty else { continue }
                guard let match = names.first(where: { $0.0.lowercased() == word.lowercased() }) else {
                    return .failure(UnknownOption(text: word))
                }
                options.insert(match.1)
            }
            return .success(options)
        }
    }

    /// An option ARM does not define.
    package struct UnknownOption: Error, Sendable {
        /// The option as written.
        package let text: String
    }

    /// Which resources to export: every one (`["*"]`) or these ids.
    package enum Selection: Sendable {
        case all
        case ids([String])
    }

    let resources: [GenericResource]
    let options: Options

    /// ARM's `ResourceGroupExportResult`: `{template}` and, when requested ids are not in the group,
    /// an `error` `ExportTemplateCompletedWithErrors` whose details name them.
    func result(selection: Selection) -> JSONValue {
        var chosen: [GenericResource] = []
        var missing: [String] = []
        switch selection {
        case .all:
            chosen = resources
        case .ids(let ids):
            for id in ids {
                if let match = resources.first(where: { JSONObject.equalIgnoringCase($0.id, id) }) {
                    if !chosen.contains(match) { chosen.append(match) }
                } else {
                    missing.append(id)
                }
            }
        }
        var o = JSONObject()
        if !missing.isEmpty {
            let details = missing.map { id in
                ARMError(code: "ResourceNotFound", message: "The resource '\(id)' is not in the resource group.",
                         target: id)
            }
            o["error"] = ARMError(code: "ExportTemplateCompletedWithErrors",
                                  message: "Some resources could not be exported; see the details.",
                                  details: details).json
        }
        o["template"] = template(chosen)
        return .object(o)
    }

    private func template(_ chosen: [GenericResource]) -> JSONValue {
        let parameterize = !options.contains(.skipAllParameterization)
            && !options.contains(.skipResourceNameParameterization)
        var parameters = JSONObject()
        var entries: [JSONValue] = []
        for resource in chosen {
            let names = Self.nameSegments(resource)
            var name = names.joined(separator: "/")
            if parameterize, names.count == 1 {
                let parameter = Self.parameterName(resource)
                var declaration = JSONObject()
                if options.contains(.includeParameterDefaultValue) { declaration["defaultValue"] = .string(name) }
                declaration["type"] = "String"
                parameters[parameter] = .object(declaration)
                name = "[parameters('\(parameter)')]"
            }
            entries.append(entry(resource, name: name))
        }
        var t = JSONObject()
        t["$schema"] = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"
        t["contentVersion"] = "1.0.0.0"
        t["parameters"] = .object(parameters)
        t["variables"] = .object(JSONObject())
        t["resources"] = .array(entries)
        return .object(t)
    }

    private func entry(_ resource: GenericResource, name: String) -> JSONValue {
        var o = JSONObject()
        o["type"] = .string(resource.type)
        o["apiVersion"] = .string(resource.apiVersion)
        o["name"] = .string(name)
        if let location = resource.body["location"]?.stringValue ?? resource.location { o["location"] = .string(location) }
        for member in ["extendedLocation", "tags", "sku", "kind", "zones", "plan", "managedBy"] {
            if let value = resource.body[member], !value.isNull { o[member] = value }
        }
        if let identity = resource.body["identity"]?.objectValue { o["identity"] = Self.writableIdentity(identity) }
        if let properties = resource.body["properties"], properties.objectValue != nil {
            let schema = ResourceCatalog.shared.schema(for: resource.type)
            o["properties"] = Self.writable(properties, path: JSONPath([.key("properties")]), schema: schema)
        }
        return .object(o)
    }

    /// `value` without what the service alone sets: read-only members by the catalog, and
    /// `provisioningState` whatever the type.
    static func writable(_ value: JSONValue, path: JSONPath, schema: ResourceTypeSchema?) -> JSONValue {
        switch value {
        case .object(let object):
            var kept = JSONObject()
            for (key, member) in object {
                let memberPath = JSONPath(path.components + [.key(key)])
                if key.lowercased() == "provisioningstate" || schema?.isReadOnly(path: memberPath) == true { continue }
                kept[key] = writable(member, path: memberPath, schema: schema)
            }
            return .object(kept)
        case .array(let items):
            return .array(items.enumerated().map { index, item in
                writable(item, path: JSONPath(path.components + [.index(index)]), schema: schema)
            })
        default:
            return value
        }
    }

    /// A managed identity as a request writes it: its `type`, and user-assigned ids with empty objects.
    static func writableIdentity(_ identity: JSONObject) -> JSONValue {
        var o = JSONObject()
        if let type = identity["type"] { o["type"] = type }
        if let assigned = identity["userAssignedIdentities"]?.objectValue {
            o["userAssignedIdentities"] = .object(JSONObject(assigned.members.map { ($0.key, JSONValue.object(JSONObject())) }))
        }
        return .object(o)
    }

    /// The name segments of a resource id after its namespace and types (`["vnet", "subnet1"]`).
    static func nameSegments(_ resource: GenericResource) -> [String] {
        let segments = resource.id.split(separator: "/").map(String.init)
        guard let providers = segments.lastIndex(where: { $0.lowercased() == "providers" }) else { return [resource.name] }
        let tail = Array(segments[(providers + 2)...])
        let names = stride(from: 1, to: tail.count, by: 2).map { tail[$0] }
        return names.isEmpty ? [resource.name] : names
    }

    /// `{last type segment}_{name}_name` with every other character than a letter or digit as `_`.
    static func parameterName(_ resource: GenericResource) -> String {
        let typeName = resource.type.split(separator: "/").last.map(String.init) ?? resource.type
        let raw = "\(typeName)_\(resource.name)_name"
        return String(raw.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}

extension ResourceManager {
    /// The export of group `name` of the current subscription (`ResourceGroups_ExportTemplate`):
    /// ARM's `ResourceGroupExportResult` for the `selection`.
    /// - Throws: ``ARMError`` `SubscriptionNotFound`, `ResourceGroupNotFound` (404).
    package func exportTemplate(group name: String, selection: ResourceGroupExport.Selection,
                                options: ResourceGroupExport.Options) throws -> JSONValue {
        let subscription = try currentSubscriptionRecord()
        let resources = try store.read { state in
            guard let group = try state.resourceGroup(subscriptionId: subscription.id, name: name) else {
                throw ARMError.resourceGroupNotFound(name)
            }
            return try state.resources(subscriptionId: subscription.id, resourceGroup: group.name)
                .map(GenericResource.init)
        }
        return ResourceGroupExport(resources: resources, options: options).result(selection: selection)
    }
}
