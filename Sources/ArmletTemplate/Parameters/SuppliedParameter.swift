public import ArmletJSON

/// A parameter value supplied for a deployment: from a parameters file, inline JSON or `name=value`.
public struct SuppliedParameter: TemplateNamed, Hashable {
    /// The parameter name as written by the user.
    public let name: String
    /// The value.
    public let value: JSONValue
    /// Where the value was written, when it came from a file (`nil` for `name=value` arguments).
    public let location: SourceLocation?

    /// A supplied value from its parts.
    public init(name: String, value: JSONValue, location: SourceLocation? = nil) {
        self.name = name
        self.value = value
        self.location = location
    }
}

/// A decoded parameters file (`deploymentParameters.json#`) or bare parameters object.
public struct ParameterFile: Sendable {
    /// The `$schema`, when the file has the wrapper.
    public let schema: String?
    /// The `contentVersion`, when the file has the wrapper.
    public let contentVersion: String?
    /// The values in written order, looked up ignoring case.
    public let parameters: NamedList<SuppliedParameter>
    /// Whether the file had the `{"$schema", "contentVersion", "parameters"}` wrapper.
    public let hasWrapper: Bool

    /// A parameters file from its parts.
    public init(schema: String?, contentVersion: String?, parameters: NamedList<SuppliedParameter>, hasWrapper: Bool) {
        self.schema = schema
        self.contentVersion = contentVersion
        self.parameters = parameters
        self.hasWrapper = hasWrapper
    }
}
