import ArmletJSON

/// The object the Azure CLI prints for an ARM resource: the SDK model's flattened form.
///
/// The members of `properties` move to the top level (`creationData`, `incremental`,
/// `completionPercent`, `diskSizeGB`, …), and `resourceGroup` is added from the id, as the CLI's
/// output layer does for every object with a resource-group id. Absent properties stay absent.
enum AzureResourceShape {
    /// `body` (as ARM returns it) in the CLI's printed shape.
    static func flatten(_ body: JSONValue) -> JSONValue {
        guard case .object(let object) = body else { return body }
        var result = JSONObject()
        for (key, value) in object where key != "properties" {
            result[key] = value
        }
        if case .object(let properties)? = object["properties"] {
            for (key, value) in properties where result[key] == nil {
                result[key] = value
            }
        }
        if let id = object["id"]?.stringValue, let group = resourceGroup(of: id) {
            result["resourceGroup"] = .string(group)
        }
        return .object(result)
    }

    /// The members of a flattened object that belong at the top level of an ARM body (the rest
    /// are `properties`).
    static let envelopeKeys: Set<String> = [
        "id", "name", "type", "location", "tags", "sku", "zones", "extendedLocation", "managedBy",
        "managedByExtended", "resourceGroup",
    ]

    /// The group segment of a resource id, as written.
    static func resourceGroup(of id: String) -> String? {
        let parts = id.split(separator: "/").map(String.init)
        guard let index = parts.firstIndex(where: { $0.lowercased() == "resourcegroups" }),
              index + 1 < parts.count else { return nil }
        return parts[index + 1]
    }
}
