package import ArmletCore
package import ArmletJSON

extension ResourceCatalog {
    /// ARM's checks of where a resource is put: its type can be deployed at the scope of `id`
    /// (``scopeCheck(type:scope:)``) and `location` is one of the type's regions
    /// (``locationCheck(type:location:)``). Nil when both pass.
    package func placementCheck(type: String, id: ResourceID, location: String?) -> Diagnostic? {
        if let problem = scopeCheck(type: type, scope: ResourceTypeScopes(deployedAt: id)) { return problem }
        guard let location else { return nil }
        return locationCheck(type: type, location: location)
    }

    /// Checks that `location` (any spelling: `West US`, `westus`) is a region `type` is offered in:
    /// a physical region for the simulated (regional) types, any of Azure's public region names for
    /// the others (`global` and geography-wide names included). The simulated types' quoted
    /// location lists are older than some regions, so they are not used to refuse. An empty location
    /// is left to the provider (some types need none). Returns ARM's
    /// `LocationNotAvailableForResourceType` with the list of regions otherwise.
    package func locationCheck(type: String, location: String) -> Diagnostic? {
        let normalized = Location.normalize(location)
        if normalized.isEmpty { return nil }
        let schema = schema(for: type)
        let regions = schema == nil ? AzureRegions.list.map(\.name) : AzureRegions.physical
        if regions.contains(normalized) { return nil }
        let typeName = schema?.typeName ?? ResourceTypeIndex.shared.entry(for: type)?.typeName ?? type
        return CatalogMessages.locationNotAvailable(location, type: typeName, regions: regions)
    }
}
