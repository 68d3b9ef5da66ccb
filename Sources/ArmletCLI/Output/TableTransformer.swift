import ArmletJSON
import JMESPath

/// A command's table transformer: how `-o table` reshapes its result when no `--query` is given.
///
/// As in the Azure CLI, a transformer replaces the automatic columns and its column order is kept
/// (the automatic columns are sorted by name); `--query` bypasses it. Many of the CLI's
/// transformers are JMESPath projections (``jmespath(_:)``); the rest are small functions.
struct TableTransformer: Sendable {
    let apply: @Sendable (JSONValue) throws -> JSONValue

    /// A transformer written as a JMESPath expression (a programming error if it does not parse).
    static func jmespath(_ expression: String) -> TableTransformer {
        TableTransformer { value in try JMESPathExpression(expression).search(value) }
    }
}

extension TableTransformer {
    /// `az disk show`: name, group, location, zones, SKU, OS type, size and state.
    static let diskShow = jmespath(diskColumns(sizeMember: "diskSizeGB"))
    /// `az disk list`: ``diskShow`` for every disk.
    static let diskList = jmespath("[]." + diskColumns(sizeMember: "diskSizeGB"))
    /// `az disk create`: the CLI's create transformer reads `diskSizeGb`, a member no disk has, so
    /// its SizeGb column is empty; reproduced as is.
    static let diskCreate = jmespath(diskColumns(sizeMember: "diskSizeGb"))

    private static func diskColumns(sizeMember: String) -> String {
        "{Name:name, ResourceGroup:resourceGroup, Location:location, Zones: (!zones && ' ') || join(` `, zones), "
            + "Sku:sku.name, OsType:osType, SizeGb:\(sizeMember), ProvisioningState:provisioningState}"
    }

    /// `az group list`: name, location and provisioning state.
    static let groupList = jmespath("[].{Name:name, Location:location, Status:properties.provisioningState}")

    /// `az account list`: the subscriptions of the profile.
    static let accountList = jmespath(
        "[].{Name:name, CloudName:cloudName, SubscriptionId:id, TenantId:tenantId, State:state, IsDefault:isDefault}")

    /// `az deployment group create` and `show`: name, state, timestamp, mode and group.
    static let deployment = TableTransformer { value in deploymentRow(value) }

    /// `az deployment group list`: ``deployment`` for each, oldest first.
    static let deploymentList = TableTransformer { value in
        let items = value.arrayValue ?? []
        let sorted = items.enumerated().sorted { a, b in
            let left = a.element["properties"]?["timestamp"]?.stringValue ?? ""
            let right = b.element["properties"]?["timestamp"]?.stringValue ?? ""
            return left == right ? a.offset < b.offset : left < right
        }
        return .array(sorted.map { deploymentRow($0.element) })
    }

    /// `az deployment group validate`: the result and correlation id, or the error's code and message.
    static let deploymentValidate = TableTransformer { value in
        if let error = value["error"], error != .null {
            var row = JSONObject()
            row["result"] = error["code"] ?? .null
            let message = error["message"]?.stringValue ?? ""
            if let tracking = lastGUID(in: message) { row["trackingId"] = .string(tracking) }
            row["message"] = error["details"]?.arrayValue?.first?["message"] ?? error["message"] ?? .null
            return .object(row)
        }
        if let properties = value["properties"], properties != .null {
            var row = JSONObject()
            row["result"] = properties["provisioningState"] ?? .null
            row["correlationId"] = properties["correlationId"] ?? .null
            return .object(row)
        }
        return value
    }

    private static func deploymentRow(_ value: JSONValue) -> JSONValue {
        var row = JSONObject()
        row["Name"] = value["name"] ?? .null
        row["State"] = value["properties"]?["provisioningState"] ?? .null
        row["Timestamp"] = value["properties"]?["timestamp"] ?? .null
        row["Mode"] = value["properties"]?["mode"] ?? .null
        if let group = value["resourceGroup"]?.stringValue, !group.isEmpty { row["ResourceGroup"] = .string(group) }
        return .object(row)
    }

    /// The last GUID-shaped run (8-4-4-4-12 word characters) on the first line of `text`, as the
    /// CLI's tracking id (`re.match(r".*(\w{8}-\w{4}-\w{4}-\w{4}-\w{12})", message)`).
    static func lastGUID(in text: String) -> String? {
        ArgumentErrorText.capture(#"^.*(\w{8}-\w{4}-\w{4}-\w{4}-\w{12})"#, in: text)
    }
}
