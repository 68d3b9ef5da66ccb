/// The identities a new Armlet state starts with, in one place: every layer that needs a default
/// tenant, subscription or location (a fresh store, template expansion without a store, tokens, the
/// command line) reads them here, so the same template gives the same resource ids everywhere.
public enum ARMDefaults {
    /// The tenant of a new state.
    public static let tenantId = "00000000-0000-0000-0000-000000000000"
    /// The subscription of a new state, in ``tenantId``.
    public static let subscriptionId = "00000000-0000-0000-0000-000000000001"
    /// The subscription's display name.
    public static let subscriptionName = "Armlet Local Subscription"
    /// The tenant's display name.
    public static let tenantName = "Armlet Local Directory"
    /// The resource group expansion assumes when no group is given.
    public static let resourceGroup = "armlet-rg"
    /// The location expansion assumes when no group location is given.
    public static let location = "westus"
}

extension ARMDefaults {
    /// The object id of the deploying principal (`deployer().objectId`).
    public static let principalObjectId = "00000000-0000-0000-0000-000000000002"
    /// The signed-in user's name (`deployer().userPrincipalName`, `az account show`'s `user.name`).
    public static let userPrincipalName = "armlet@example.com"
    /// The management group expansion assumes at management-group scope.
    public static let managementGroup = "armlet-mg"
    /// The deployment name expansion assumes when none is given.
    public static let deploymentName = "armlet-deployment"
}
