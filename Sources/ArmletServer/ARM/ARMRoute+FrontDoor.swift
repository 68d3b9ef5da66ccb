import ArmletJSON

extension ARMRoute {
    /// The routes of ARM's own operations — resource listings, a group's export, the template hash —
    /// tried before the provider and deployment paths; nil for everything else.
    static func parseFrontDoor(_ s: [String]) -> ARMRoute? {
        func eq(_ i: Int, _ word: String) -> Bool { i < s.count && JSONObject.equalIgnoringCase(s[i], word) }
        if s.count == 3, eq(0, "providers"), eq(1, "Microsoft.Resources"), eq(2, "calculateTemplateHash") {
            return .templateHash
        }
        guard eq(0, "subscriptions"), s.count >= 3 else { return nil }
        if s.count == 3, eq(2, "resources") { return .resources(subscription: s[1], group: nil) }
        guard s.count == 5, eq(2, "resourcegroups") else { return nil }
        if eq(4, "resources") { return .resources(subscription: s[1], group: s[3]) }
        if eq(4, "exportTemplate") { return .resourceGroupExport(subscription: s[1], group: s[3]) }
        return nil
    }

    /// The type whose API versions ARM itself checks for the route (it serves these without a
    /// resource provider, so an unknown version is `InvalidApiVersionParameter`), or nil.
    var frontDoorVersionType: String? {
        switch self {
        case .resourceGroups, .resourceGroup, .resources, .resourceGroupExport: "Microsoft.Resources/resourceGroups"
        case .templateHash, .deployments, .deployment, .deploymentAction, .deploymentStatus, .deploymentOperations,
             .deploymentOperation:
            "Microsoft.Resources/deployments"
        default: nil
        }
    }
}
