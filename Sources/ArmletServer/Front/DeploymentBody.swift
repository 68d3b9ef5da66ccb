import ArmletEngine
import ArmletJSON
import ArmletState
import ArmletTemplate

/// A `Deployment` request body (`{properties: {template, parameters, mode}}`) read into the
/// engine's ``DeploymentRequest``. The body may be JSONC with an unquoted `template` key, as
/// `az deployment group create/validate/what-if` send it (see ``LenientJSON``).
enum DeploymentBody {
    /// The request for deployment `name` in group `resourceGroup` that `call`'s body describes.
    /// - Throws: ``ARMErrorResponse`` `InvalidRequestContent` (400) for a body that is not a
    ///   deployment, `InvalidTemplate` (the template's own diagnostics) when it does not decode.
    static func request(_ call: ARMCall, name: String, resourceGroup: String) throws -> DeploymentRequest {
        let body: JSONValue
        do {
            body = try LenientJSON.read(call.body)
        } catch {
            throw ARMErrorResponse.invalidContent(error.message)
        }
        guard let properties = body["properties"], properties.objectValue != nil else {
            throw ARMErrorResponse.invalidContent("The request body must have a 'properties' object.")
        }
        guard let template = properties["template"], template.objectValue != nil else {
            if properties["templateLink"] != nil {
                throw ARMErrorResponse(code: "InvalidRequestContent",
                                       message: "Armlet cannot fetch 'templateLink' templates; send the template "
                                           + "inline in 'properties.template'.", status: 400)
            }
            throw ARMErrorResponse(code: "InvalidRequestContent",
                                   message: "The deployment must have a 'properties.template' object.", status: 400)
        }
        let mode: DeploymentMode
        switch properties["mode"]?.stringValue?.lowercased() ?? "incremental" {
        case "incremental": mode = .incremental
        case "complete": mode = .complete
        default:
            throw ARMErrorResponse(code: "InvalidDeploymentMode",
                                   message: "The deployment mode must be 'Incremental' or 'Complete'.", status: 400)
        }
        let loaded: LoadedTemplate
        do {
            loaded = try TemplateLoader.load(text: JSONWriter.write(template), file: "template.json")
        } catch {
            let armError = ARMErrorResponse.from(error)
            throw ARMErrorResponse(code: "InvalidTemplate", message: armError.message, status: 400,
                                   target: armError.target, details: armError.details)
        }
        return DeploymentRequest(name: name, resourceGroup: resourceGroup, template: loaded,
                                 parameters: try parameters(properties["parameters"]), mode: mode)
    }

    /// `{name: {value}}` as supplied parameters; Key Vault `reference`s are refused.
    static func parameters(_ value: JSONValue?) throws -> NamedList<SuppliedParameter> {
        guard let value, !value.isNull else { return NamedList() }
        guard let object = value.objectValue else {
            throw ARMErrorResponse.invalidContent("'properties.parameters' must be an object.")
        }
        var supplied: [SuppliedParameter] = []
        for (name, entry) in object {
            guard let parameterValue = entry["value"] else {
                throw ARMErrorResponse(code: "InvalidRequestContent",
                                       message: "The parameter '\(name)' must have a 'value' (Key Vault references "
                                           + "are not supported by Armlet).", status: 400)
            }
            supplied.append(SuppliedParameter(name: name, value: parameterValue))
        }
        return NamedList(supplied)
    }
}
