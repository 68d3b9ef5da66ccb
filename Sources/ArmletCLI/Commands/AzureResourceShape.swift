import ArmletJSON

/// The object the Azure CLI prints for an ARM resource: the generated (aaz) command's flattened form.
///
/// The members of `properties` move to the top level (`creationData`, `incremental`,
/// `completionPercent`, `diskSizeGB`, …). Absent properties stay absent. `resourceGroup` is added
/// later, by the output layer's ``ResourceGroupTransform``, as the CLI adds it to every result.
///
/// The order of members is the CLI's too; it shows wherever the CLI does not sort (`-o table`
/// with `--query`): aaz schemas list members by wire name in code-point order, the flattened
/// `properties` members (in the same order) take the place of `properties` (and the output layer
/// appends `resourceGroup`). Nested objects are ordered the same way, except `tags`, a free-form dictionary
/// printed in the order the service sent it.
enum AzureResourceShape {
    /// `body` (as ARM returns it) in the CLI's printed shape.
    static func flatten(_ body: JSONValue) -> JSONValue {
        guard case .object(let object) = body else { return body }
        var result = JSONObject()
        let properties = object["properties"]?.objectValue ?? JSONObject()
        for key in codePointSorted(object.keys) {
            if key == "properties" {
                for member in codePointSorted(properties.keys) where object[member] == nil {
                    if let value = properties[member] { result[member] = schemaOrdered(value) }
                }
            } else if let value = object[key] {
                result[key] = key == "tags" ? value : schemaOrdered(value)
            }
        }
        return .object(result)
    }

    /// `value` with the members of every nested object in schema (code-point) order.
    private static func schemaOrdered(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var ordered = JSONObject()
            for key in codePointSorted(object.keys) {
                if let member = object[key] { ordered[key] = schemaOrdered(member) }
            }
            return .object(ordered)
        case .array(let items):
            return .array(items.map(schemaOrdered))
        default:
            return value
        }
    }

    private static func codePointSorted(_ keys: some Sequence<String>) -> [String] {
        keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    /// The members of a flattened object that belong at the top level of an ARM body (the rest
    /// are `properties`).
    static let envelopeKeys: Set<String> = [
        "id", "name", "type", "location", "tags", "sku", "zones", "extendedLocation", "managedBy",
        "managedByExtended", "resourceGroup",
    ]
}
