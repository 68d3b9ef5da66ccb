import ArmletJSON

/// Scope functions: the resource group, subscription, management group and tenant of the deployment.
enum ScopeFunctions {
    static let all: [TemplateFunction] = .family(
        TemplateFunction("resourceGroup", arguments: 0...0) { call, _ in try call.context.resourceGroup() },
        TemplateFunction("subscription", arguments: 0...0) { call, _ in try call.context.subscription() },
        TemplateFunction("managementGroup", arguments: 0...1) { call, a in
            if a.count == 1 {
                let name = try call.string(a, 0)
                return ["id": .string("/providers/Microsoft.Management/managementGroups/\(name)"), "name": .string(name),
                        "type": "/providers/Microsoft.Management/managementGroups"]
            }
            return try call.context.managementGroup()
        },
        TemplateFunction("tenant", arguments: 0...0) { call, _ in try call.context.tenant() }
    )
}
