public import ArmletJSON

/// A user-defined type from `definitions`: its raw schema, kept as written for later stages.
public struct TypeDefinition: TemplateNamed, Hashable {
    /// The name as written.
    public let name: String
    /// Where it is (`definitions.<name>`).
    public let path: JSONPath
    /// The schema object (`type`, `properties`, `items`, `$ref`, `allowedValues`, ...).
    public let schema: JSONValue

    /// A definition from its parts.
    public init(name: String, path: JSONPath, schema: JSONValue) {
        self.name = name
        self.path = path
        self.schema = schema
    }

    /// The declared `type`, when it names a known template type.
    public var type: TemplateType? { schema["type"]?.stringValue.flatMap(TemplateType.init(armName:)) }
}
