import ArmletCore
import ArmletState

extension DeploymentEngine {
    /// Cancels a deployment that is still `Accepted` or `Running`.
    ///
    /// Deployments finish inside their PUT in Armlet, so a deployment that exists is always in a
    /// terminal state and the answer is ARM's `DeploymentCannotBeCancelled` (409).
    /// - Throws: ``ARMError`` `DeploymentNotFound` (404) or `DeploymentCannotBeCancelled` (409).
    package func cancel(at target: DeploymentTarget, name: String) throws {
        let record = try deployment(at: target, name: name)
        guard !record.provisioningState.isTerminal else {
            throw ARMError(
                code: "DeploymentCannotBeCancelled",
                message: "The deployment '\(name)' cannot be cancelled: its provisioning state is "
                    + "'\(record.provisioningState.rawValue)'. Only deployments that are Accepted or Running "
                    + "can be cancelled.",
                httpStatus: 409)
        }
    }
}
