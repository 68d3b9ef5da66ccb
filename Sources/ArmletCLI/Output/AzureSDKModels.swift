/// The SDK models (azure-mgmt-resource) behind the deployment and resource-group commands, with the
/// attributes in the order the command line prints them.
enum AzureSDKModels {
    /// `ResourceReference` (an `outputResources` or `validatedResources` entry).
    static let resourceReference = AzureSDKModel.model([
        ("apiVersion", .value), ("extension", .value), ("id", .value), ("identifiers", .value),
        ("resourceGroup", .resourceGroupOfId), ("resourceType", .value),
    ])

    /// `ProviderResourceType`.
    static let providerResourceType = AzureSDKModel.model([
        ("aliases", .value), ("apiProfiles", .value), ("apiVersions", .value), ("capabilities", .value),
        ("defaultApiVersion", .value), ("locationMappings", .value), ("locations", .value), ("properties", .value),
        ("resourceType", .value), ("zoneMappings", .value),
    ])

    /// `Provider`.
    static let provider = AzureSDKModel.model([
        ("id", .value), ("namespace", .value), ("providerAuthorizationConsentState", .value),
        ("registrationPolicy", .value), ("registrationState", .value), ("resourceTypes", .list(providerResourceType)),
    ])

    /// `DeploymentPropertiesExtended`.
    static let deploymentProperties = AzureSDKModel.model([
        ("correlationId", .value), ("debugSetting", .value), ("dependencies", .value), ("diagnostics", .value),
        ("duration", .value), ("error", .value), ("extensions", .value), ("mode", .value),
        ("onErrorDeployment", .value), ("outputResources", .list(resourceReference)), ("outputs", .value),
        ("parameters", .value), ("parametersLink", .value), ("providers", .list(provider)),
        ("provisioningState", .value), ("templateHash", .value), ("templateLink", .value), ("timestamp", .value),
        ("validatedResources", .list(resourceReference)), ("validationLevel", .value),
    ])

    /// `DeploymentExtended` (`az deployment group show|list|create`).
    static let deployment = AzureSDKModel.model([
        ("id", .value), ("location", .value), ("name", .value), ("properties", deploymentProperties),
        ("resourceGroup", .resourceGroupOfId), ("tags", .value), ("type", .value),
    ])

    /// `DeploymentValidateResult` as `az deployment group validate` prints it (no `tags`; `location`
    /// only where ARM sends one, outside a resource group).
    static let deploymentValidation = AzureSDKModel.model([
        ("id", .value), ("location", .presentValue), ("name", .value), ("properties", deploymentProperties),
        ("resourceGroup", .resourceGroupOfId), ("type", .value), ("error", .value),
    ])

    /// `TargetResource` of a deployment operation.
    static let targetResource = AzureSDKModel.model([
        ("apiVersion", .value), ("extension", .value), ("id", .value), ("identifiers", .value),
        ("resourceName", .value), ("resourceType", .value), ("symbolicName", .value),
    ])

    /// `DeploymentOperation` (`az deployment operation group list`).
    static let deploymentOperation = AzureSDKModel.model([
        ("id", .value), ("operationId", .value),
        ("properties", .model([
            ("duration", .value), ("provisioningOperation", .value), ("provisioningState", .value),
            ("request", .value), ("response", .value), ("serviceRequestId", .value), ("statusCode", .value),
            ("statusMessage", .value), ("targetResource", targetResource), ("timestamp", .value),
        ])),
        ("resourceGroup", .resourceGroupOfId),
    ])

    /// `ResourceGroup` (`az group show|list|create`).
    static let resourceGroup = AzureSDKModel.model([
        ("id", .value), ("location", .value), ("managedBy", .value), ("name", .value),
        ("properties", .model([("provisioningState", .value)])), ("tags", .value), ("type", .value),
    ])
}
