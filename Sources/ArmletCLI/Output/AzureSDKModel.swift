import ArmletCore
import ArmletJSON

/// How the Azure CLI's Python SDK prints an ARM response body: the body is read into the SDK's model
/// and written back with every attribute of the model, in the model's order, `null` where ARM sent
/// nothing; members the model does not have are dropped.
///
/// The engine and the server speak ARM's shapes; this is where the command line turns them into what
/// `az` prints.
indirect enum AzureSDKModel: Sendable {
    /// Any value, printed as received (free-form members: `outputs`, `parameters`, `error`).
    case value
    /// A model: its attributes in order.
    case model([(String, AzureSDKModel)])
    /// A list of one model.
    case list(AzureSDKModel)
    /// The CLI's `resourceGroup` beside an `id`: the group of the object's own `id`, left out where
    /// the id names none.
    case resourceGroupOfId
    /// A member printed only when ARM sent it (`location` of a validation outside a resource group).
    case presentValue

    /// `value` as the SDK prints it (`nil` means ARM left the member out).
    func project(_ value: JSONValue?) -> JSONValue {
        guard let value, !value.isNull else { return .null }
        switch self {
        case .value, .resourceGroupOfId, .presentValue:
            return value
        case .list(let element):
            guard let items = value.arrayValue else { return value }
            return .array(items.map { element.project($0) })
        case .model(let members):
            guard let object = value.objectValue else { return value }
            var out = JSONObject()
            for (name, member) in members {
                if case .resourceGroupOfId = member {
                    // The CLI adds the member only where its transform can read a group from the id.
                    if let group = object["id"]?.stringValue.flatMap(ResourceGroupTransform.group(of:)) {
                        out.appendUnchecked(name, .string(group))
                    }
                } else if case .presentValue = member {
                    if let present = object[name], !present.isNull { out.appendUnchecked(name, present) }
                } else {
                    out.appendUnchecked(name, member.project(object[name]))
                }
            }
            return .object(out)
        }
    }
}
