package import ArmletJSON

extension ResourceCatalog {
    /// Checks that `type` has `apiVersion` (both matched ignoring case), as ARM does before it
    /// sends a request to a provider.
    ///
    /// Returns `nil` when the version exists or the type is not catalogued; otherwise ARM's
    /// `NoRegisteredProviderFound` error, with Armlet's "Did you mean …?" hint appended (see
    /// ``APIVersionSuggestion`` for how the hint is chosen). `location` is reported the way ARM
    /// normalises it (lower case, no spaces); the sentence about locations is left out for types
    /// without a location list.
    package func apiVersionCheck(type: String, apiVersion: String, location: String) -> Diagnostic? {
        guard let schema = schema(for: type), schema.apiVersion(matching: apiVersion) == nil else { return nil }
        return CatalogMessages.noRegisteredProvider(schema: schema, apiVersion: apiVersion, location: location)
    }
}
