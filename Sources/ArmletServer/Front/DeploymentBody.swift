import ArmletCore
import ArmletEngine
import ArmletJSON
import ArmletTemplate

/// A `Deployment` request body (`{location?, properties: {template, parameters, mode}}`) read into
/// the engine's ``DeploymentRequest``. The body may be JSONC with an unquoted `template` key, as
/// `az deployment group create/validate/what-if` send it (see ``LenientJSON``).
enum DeploymentBody {
    /// The request for deployment `name` at `target` that `call`'s body describes.
    /// - Throws: ``ARMError`` `InvalidRequestContent` (400) for a body that is not a deployment, for
    ///   both a template and a link, and for links Armlet cannot fetch offline; `InvalidTemplate`
    ///   (the template's own diagnostics) when it does not decode.
    static func request(_ call: ARMCall, name: String, target: DeploymentTarget) throws -> DeploymentRequest {
        let body: JSONValue
        do {
            body = try LenientJSON.read(call.body)
        } catch {
            throw ARMError.invalidContent(error.message)
        }
        guard let properties = body["properties"], properties.objectValue != nil else {
            throw ARMError.invalidContent("The request body must have a 'properties' object.")
        }
        if properties["template"] != nil, properties["templateLink"] != nil {
            throw ARMError.invalidContent("The deployment has both 'properties.template' and "
                                          + "'properties.templateLink'; it must have exactly one of them.")
        }
        if properties["parameters"] != nil, properties["parametersLink"] != nil {
            throw ARMError.invalidContent("The deployment has both 'properties.parameters' and "
                                          + "'properties.parametersLink'; it must have at most one of them.")
        }
        if properties["parametersLink"] != nil {
            throw ARMError(code: "InvalidRequestContent",
                           message: "Armlet cannot fetch 'parametersLink' parameter files (it works offline); send "
                               + "the values inline in 'properties.parameters'.")
        }
        guard let template = properties["template"], template.objectValue != nil else {
            if properties["templateLink"] != nil {
                throw ARMError(code: "InvalidRequestContent",
                                       message: "Armlet cannot fetch 'templateLink' templates; send the template "
                                           + "inline in 'properties.template'.")
            }
            throw ARMError(code: "InvalidRequestContent",
                                   message: "The deployment must have a 'properties.template' object.")
        }
        guard let mode = DeploymentMode(armName: properties["mode"]?.stringValue ?? DeploymentMode.incremental.rawValue)
        else {
            throw ARMError(code: "InvalidDeploymentMode",
                           message: "The deployment mode must be 'Incremental' or 'Complete'.")
        }
        let loaded: LoadedTemplate
        do {
            loaded = try TemplateLoader.load(text: JSONWriter.write(template), file: "template.json")
        } catch {
            var armError = ARMError.from(error)
            armError.code = "InvalidTemplate"
            armError.httpStatus = 400
            throw armError
        }
        var request = DeploymentRequest(name: name, target: target, location: body["location"]?.stringValue,
                                        template: loaded, parameters: try parameters(properties["parameters"]),
                                        mode: mode)
        request.onErrorDeployment = try OnErrorDeployment(json: properties["onErrorDeployment"])
        return request
    }

    /// `{name: {value}}` as supplied parameters; Key Vault `reference`s are refused.
    static func parameters(_ value: JSONValue?) throws -> NamedList<SuppliedParameter> {
        guard let value, !value.isNull else { return NamedList() }
        guard let object = value.objectValue else {
            throw ARMError.invalidContent("'properties.parameters' must be an object.")
        }
        var supplied: [SuppliedParameter] = []
        for (name, entry) in object {
            guard let parameterValue = entry["value"] else {
                throw ARMError(code: "InvalidRequestContent",
                                       message: "The parameter '\(name)' must have a 'value' (Key Vault references "
                                           + "are not supported by Armlet).")
            }
            supplied.append(SuppliedParameter(name: name, value: parameterValue))
        }
        return NamedList(supplied)
    }
}
