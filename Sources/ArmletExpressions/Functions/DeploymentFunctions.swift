import ArmletJSON

/// Deployment functions: values the context supplies.
enum DeploymentFunctions {
    static let all: [TemplateFunction] = .family(
        TemplateFunction("deployment", arguments: 0...0) { call, _ in try call.context.deployment() },
        TemplateFunction("environment", arguments: 0...0) { call, _ in try call.context.environment() },
        TemplateFunction("deployer", arguments: 0...0) { call, _ in try call.context.deployer() },
        TemplateFunction("parameters", arguments: 1...1) { call, a in try call.context.parameter(try call.string(a, 0)) },
        TemplateFunction("variables", arguments: 1...1) { call, a in try call.context.variable(try call.string(a, 0)) }
    )
}
