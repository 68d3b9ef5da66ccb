import Hummingbird

/// `Microsoft.Resources/deployments` at resource-group scope. Needs the deployment engine.
enum DeploymentRoutes {
    static func handle(_ call: ARMCall, services: ServerServices) throws -> Response {
        throw ARMErrorResponse(code: "InvalidResourceType",
                               message: "Deployments are not served by this build of Armlet's server yet.",
                               status: 404)
    }
}
