/// The errors ARM answers with in many places, worded as ARM words them.
extension ARMError {
    /// `ResourceGroupNotFound` (404).
    public static func resourceGroupNotFound(_ name: String) -> ARMError {
        ARMError(code: "ResourceGroupNotFound", message: "Resource group '\(name)' could not be found.", httpStatus: 404)
    }

    /// `SubscriptionNotFound` (404).
    public static func subscriptionNotFound(_ id: String) -> ARMError {
        ARMError(code: "SubscriptionNotFound", message: "The subscription '\(id)' could not be found.", httpStatus: 404)
    }

    /// `DeploymentNotFound` (404).
    public static func deploymentNotFound(_ name: String) -> ARMError {
        ARMError(code: "DeploymentNotFound", message: "Deployment '\(name)' could not be found.", httpStatus: 404)
    }

    /// `DeploymentActive` (409): a deployment of the same name at the same scope is still running.
    public static func deploymentActive(_ name: String, since started: String) -> ARMError {
        ARMError(code: "DeploymentActive",
                 message: "Unable to edit or replace deployment '\(name)': the previous deployment from '\(started)' "
                     + "is still active. Wait for it to finish or cancel it, then try again.",
                 httpStatus: 409)
    }

    /// `ResourceNotFound` (404), worded as the gateway words it:
    /// "The Resource 'Microsoft.Compute/snapshots/disk1' under resource group 'rg' was not found. …"
    public static func resourceNotFound(type: String, name: String, resourceGroup: String?) -> ARMError {
        let scope = resourceGroup.map { " under resource group '\($0)'" } ?? ""
        return ARMError(
            code: "ResourceNotFound",
            message: "The Resource '\(type)/\(name)'\(scope) was not found. For more details please go to "
                + "https://aka.ms/ARMResourceNotFoundFix",
            httpStatus: 404)
    }

    /// A POST action the type does not have (400).
    public static func unknownAction(_ name: String, type: String) -> ARMError {
        ARMError(code: "InvalidResourceOperation",
                 message: "The resource type '\(type)' does not support the action '\(name)'.")
    }

    /// ARM's wrapper for failed resource operations of a deployment.
    public static func deploymentFailed(target: String, details: [ARMError]) -> ARMError {
        ARMError(code: "DeploymentFailed", message: "At least one resource deployment operation failed. Please list "
                    + "deployment operations for details. Please see https://aka.ms/arm-deployment-operations for usage "
                    + "details.", target: target, details: details)
    }

    /// ARM's wrapper for preflight (validation) failures.
    public static func invalidTemplateDeployment(name: String, trackingId: String, details: [ARMError]) -> ARMError {
        ARMError(code: "InvalidTemplateDeployment",
                 message: "The template deployment '\(name)' is not valid according to the validation procedure. "
                    + "The tracking id is '\(trackingId)'. See inner errors for details.",
                 details: details)
    }

    /// ARM's wrapper for resource-provider preflight failures.
    public static func preflightValidationCheckFailed(_ details: [ARMError]) -> ARMError {
        ARMError(code: "PreflightValidationCheckFailed",
                 message: "Preflight validation failed. Please refer to the details for the specific errors.",
                 details: details)
    }
}
