package import ArmletJSON

extension ResourceCatalog {
    /// Checks that `type` exists and has `apiVersion` (both matched ignoring case), as ARM's front
    /// door does before it sends a request to a provider.
    ///
    /// The deep schema's versions decide for the simulated types, ``ResourceTypeIndex`` for every
    /// other Azure type. Returns `nil` when the version exists; otherwise ARM's error:
    /// `InvalidResourceNamespace` (no type has the namespace), `InvalidResourceType` (the namespace
    /// has no such type), or `NoRegisteredProviderFound` with the supported versions and Armlet's
    /// "Did you mean …?" hint (see ``APIVersionSuggestion``). `location` is reported the way ARM
    /// normalises it; the sentence about locations is left out for types without a location list.
    package func apiVersionCheck(type: String, apiVersion: String, location: String) -> Diagnostic? {
        if let schema = schema(for: type) {
            guard schema.apiVersion(matching: apiVersion) == nil else { return nil }
            return CatalogMessages.noRegisteredProvider(typeName: schema.typeName, versions: schema.apiVersions,
                                                        locations: schema.locations, apiVersion: apiVersion,
                                                        location: location)
        }
        let index = ResourceTypeIndex.shared
        guard let entry = index.entry(for: type) else { return typeCheck(type: type, apiVersion: apiVersion) }
        guard entry.apiVersions.matching(apiVersion) == nil else { return nil }
        return CatalogMessages.noRegisteredProvider(typeName: entry.typeName, versions: entry.apiVersions,
                                                    locations: [], apiVersion: apiVersion, location: location)
    }

    /// `InvalidResourceNamespace` or `InvalidResourceType` for a type Azure does not have; nil when it has it.
    package func typeCheck(type: String, apiVersion: String) -> Diagnostic? {
        let index = ResourceTypeIndex.shared
        if schema(for: type) != nil || index.entry(for: type) != nil || ResourceTypeIndex.isUserDefined(type) {
            return nil
        }
        let namespace = ResourceTypeName.namespace(of: type)
        guard let known = index.namespace(named: namespace) else {
            return CatalogMessages.invalidNamespace(namespace,
                                                    suggestion: SpellingSuggestion.closest(to: namespace,
                                                                                           among: index.namespaceNames))
        }
        let candidates = index.types(inNamespace: known)
        return CatalogMessages.invalidType(type, namespace: known, apiVersion: apiVersion,
                                           suggestion: SpellingSuggestion.closest(to: type, among: candidates))
    }

    /// The API versions Azure has for `type` (the deep schema's for simulated types) and the type as
    /// Azure spells it; nil for a type Azure does not have.
    package func apiVersions(for type: String) -> (typeName: String, versions: [APIVersion])? {
        if let schema = schema(for: type) { return (schema.typeName, schema.apiVersions) }
        return ResourceTypeIndex.shared.entry(for: type).map { ($0.typeName, $0.apiVersions) }
    }

    /// Checks that `type` can be deployed at `scope` (as the index lists its scopes). Types without a
    /// scope list, and types Azure does not have (reported by ``typeCheck(type:apiVersion:)``), pass.
    package func scopeCheck(type: String, scope: ResourceTypeScopes) -> Diagnostic? {
        guard let entry = ResourceTypeIndex.shared.entry(for: type), !entry.scopes.isEmpty,
              entry.scopes.intersection(scope).isEmpty else { return nil }
        return CatalogMessages.unsupportedScope(entry.typeName, scope: scope, supported: entry.scopes)
    }
}
