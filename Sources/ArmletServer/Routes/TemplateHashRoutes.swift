import ArmletCore
import ArmletEngine
import Hummingbird

/// `POST /providers/Microsoft.Resources/calculateTemplateHash` (ARM's
/// `Deployments_CalculateTemplateHash`): the body is a template; the answer is
/// `{minifiedTemplate, templateHash}`, the hash being the one a deployment of that template reports.
enum TemplateHashRoutes {
    static func calculate(_ call: ARMCall) throws -> Response {
        guard call.method == .post else {
            throw ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path)
        }
        return ARMResponse.json(ARMBodies.templateHash(try call.objectBody()))
    }
}
