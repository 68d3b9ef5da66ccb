import ArmletCore
import ArmletEngine
import ArmletJSON
import Hummingbird

/// `POST …/deployments/{name}/{validate|whatIf|exportTemplate|cancel}`.
enum DeploymentActionRoutes {
    static func handle(_ call: ARMCall, scope: DeploymentScopeRef, name: String, action: String,
                       services: ServerServices) throws -> Response {
        guard call.method == .post else { throw DeploymentRoutes.notAllowed(call) }
        let engine = services.engine(subscription: scope.subscription).deployments
        switch action.lowercased() {
        case "validate":
            let request = try DeploymentBody.request(call, name: name, target: scope.target)
            let validation = try engine.validate(request)
            if let error = validation.error {
                // A DeploymentValidateResult whose `error` is set; the SDKs accept it with 400.
                return ARMResponse.json(error.errorBody, status: .badRequest,
                                        headers: [HeaderName.failureCause: "service"])
            }
            return ARMResponse.json(try engine.json(validation, request: request))
        case "whatif":
            // Answered synchronously with 200 and the WhatIfOperationResult, which ARM allows
            // beside 202 + Location; the SDKs' pollers finish on it at once.
            // A template that fails validation is a *failed operation*, not a bad request: ARM
            // reports it in the result (`status: Failed` with `error`), which is what the Azure
            // CLI prints (a 400 here makes `az deployment group what-if` crash with a traceback).
            let request = try DeploymentBody.request(call, name: name, target: scope.target)
            let validation = try engine.validate(request)
            if let error = validation.error {
                let failed = WhatIfOperationResult(status: "Failed", changes: [], potentialChanges: [], diagnostics: [],
                                                   error: error.json)
                return ARMResponse.json(failed.toJSON())
            }
            let result = try engine.whatIf(request, after: validation, options: whatIfOptions(call))
            return ARMResponse.json(result.toJSON())
        case "exporttemplate":
            return ARMResponse.json(try engine.exportTemplate(at: scope.target, name: name))
        case "cancel":
            try engine.cancel(at: scope.target, name: name)
            return ARMResponse.empty(.noContent)
        default:
            throw ARMError.noRoute(method: call.method.rawValue, path: call.path)
        }
    }

    /// `properties.whatIfSettings.resultFormat` of the body (FullResourcePayloads by default).
    static func whatIfOptions(_ call: ARMCall) -> WhatIfOptions {
        let settings = (try? LenientJSON.read(call.body))?["properties"]?["whatIfSettings"]
        let format = settings?["resultFormat"]?.stringValue.flatMap(WhatIfResultFormat.init(caseInsensitive:))
        return WhatIfOptions(resultFormat: format ?? .fullResourcePayloads)
    }
}
