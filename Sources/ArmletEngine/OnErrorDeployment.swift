import ArmletCore
package import ArmletJSON
import ArmletState
import ArmletTemplate

/// ARM's `onErrorDeployment`: when a deployment fails, redeploy an earlier successful deployment of
/// the same scope (its template, parameters and mode, under its own name).
package enum OnErrorDeployment: Sendable, Hashable {
    /// The most recent successful deployment of the scope other than the failing one.
    case lastSuccessful
    /// The named deployment of the scope, which must have succeeded.
    case specificDeployment(String)

    /// ARM's `type` name.
    package var typeName: String {
        switch self {
        case .lastSuccessful: "LastSuccessful"
        case .specificDeployment: "SpecificDeployment"
        }
    }

    /// Reads `{type, deploymentName}` (type names ignore case); nil for `null`.
    /// - Throws: ``ARMError`` `InvalidRequestContent` for an unknown type or a missing name.
    package init?(json: JSONValue?) throws {
        guard let json, !json.isNull else { return nil }
        let type = json["type"]?.stringValue?.lowercased()
        switch type {
        case "lastsuccessful", nil:
            self = .lastSuccessful
        case "specificdeployment":
            guard let name = json["deploymentName"]?.stringValue, !name.isEmpty else {
                throw ARMError.invalidContent("'onErrorDeployment.deploymentName' is required when its type is "
                                              + "'SpecificDeployment'.")
            }
            self = .specificDeployment(name)
        default:
            throw ARMError.invalidContent("'onErrorDeployment.type' must be 'LastSuccessful' or 'SpecificDeployment'.")
        }
    }
}

extension DeploymentEngine {
    /// The deployment `request`'s `onErrorDeployment` would redeploy, read before it runs.
    /// - Throws: ``ARMError`` `InvalidOnErrorDeployment` when there is none to redeploy.
    func rollbackCandidate(for request: DeploymentRequest, scopeId: String) throws -> DeploymentRecord? {
        guard let onError = request.onErrorDeployment else { return nil }
        let history = try store.read { try $0.deployments(scope: scopeId) }
        switch onError {
        case .lastSuccessful:
            let candidate = history
                .filter { $0.provisioningState == .succeeded && !JSONObject.equalIgnoringCase($0.name, request.name) }
                .max { $0.timestamp < $1.timestamp }
            guard let candidate else {
                throw ARMError(code: "InvalidOnErrorDeployment",
                               message: "The deployment '\(request.name)' asks to redeploy the last successful "
                                   + "deployment on error, but its scope has no other successful deployment.")
            }
            return candidate
        case .specificDeployment(let name):
            guard let candidate = history.first(where: { JSONObject.equalIgnoringCase($0.name, name) }) else {
                throw ARMError(code: "InvalidOnErrorDeployment",
                               message: "The deployment '\(name)' named by 'onErrorDeployment' could not be found.")
            }
            guard candidate.provisioningState == .succeeded,
                  !JSONObject.equalIgnoringCase(candidate.name, request.name) else {
                throw ARMError(code: "InvalidOnErrorDeployment",
                               message: "The deployment '\(name)' named by 'onErrorDeployment' must be another "
                                   + "deployment that succeeded; its state is '\(candidate.provisioningState.rawValue)'.")
            }
            return candidate
        }
    }

    /// Redeploys `candidate` after `failed` failed, and records on `failed` what happened
    /// (`onErrorDeployment.provisioningState`). The redeployment is a deployment of its own.
    func rollBack(_ failed: DeploymentRecord, to candidate: DeploymentRecord, onError: OnErrorDeployment,
                  target: DeploymentTarget) throws -> DeploymentRecord {
        var state = ProvisioningState.failed
        if let loaded = try? TemplateLoader.load(text: JSONWriter.write(candidate.template), file: "template.json") {
            let redeploy = DeploymentRequest(name: candidate.name, target: target, location: candidate.location,
                                             template: loaded,
                                             parameters: DeploymentPlanning.suppliedParameters(candidate),
                                             mode: candidate.mode)
            if let validation = try? validate(redeploy), validation.isValid,
               let result = try? deploy(redeploy, after: validation) {
                state = result.provisioningState
            }
        }
        var record = failed
        record.onErrorDeployment = Self.onErrorJSON(onError, name: candidate.name, state: state)
        let final = record
        try store.write { try $0.save(final) }
        return final
    }

    /// ARM's `OnErrorDeploymentExtended`.
    static func onErrorJSON(_ onError: OnErrorDeployment, name: String, state: ProvisioningState?) -> JSONValue {
        var o = JSONObject()
        if let state { o["provisioningState"] = .string(state.rawValue) }
        o["type"] = .string(onError.typeName)
        o["deploymentName"] = .string(name)
        return .object(o)
    }
}
