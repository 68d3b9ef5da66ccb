public import ArmletJSON

/// One entry of a template's `parameters` section: its type, default and constraints.
///
/// `type` is `nil` when the parameter takes its type from `$ref` (a user-defined type in
/// `definitions`) or, in languageVersion 2.0, when it declares no type at all (any value).
/// Constraints hold literal values only; the decoder reports non-literal ones.
public struct ParameterDeclaration: TemplateNamed, Hashable {
    /// The name as written.
    public let name: String
    /// Where the declaration is (`parameters.<name>`).
    public let path: JSONPath
    /// The declared type, when written and known.
    public let type: TemplateType?
    /// The `type` text as written (keeps unknown spellings for messages).
    public let typeName: String?
    /// `$ref` to a user-defined type, e.g. `#/definitions/subnetType`.
    public let ref: String?
    /// The default: a literal value or an expression string evaluated later.
    public let defaultValue: JSONValue?
    /// The values the parameter may take.
    public let allowedValues: [JSONValue]?
    /// The smallest allowed integer.
    public let minValue: Int64?
    /// The largest allowed integer.
    public let maxValue: Int64?
    /// The shortest allowed string or array.
    public let minLength: Int64?
    /// The longest allowed string or array.
    public let maxLength: Int64?
    /// Free-form metadata (`description` and others).
    public let metadata: JSONValue?
    /// Whether `null` is an accepted value (languageVersion 2.0); a nullable parameter is never required.
    public let nullable: Bool
    /// Other members (`items`, `properties`, `additionalProperties`, `discriminator`, `sealed`, ...), kept as written.
    public let extra: JSONObject

    /// A declaration from its parts.
    public init(name: String, path: JSONPath, type: TemplateType?, typeName: String?, ref: String? = nil,
                defaultValue: JSONValue? = nil, allowedValues: [JSONValue]? = nil, minValue: Int64? = nil,
                maxValue: Int64? = nil, minLength: Int64? = nil, maxLength: Int64? = nil,
                metadata: JSONValue? = nil, nullable: Bool = false, extra: JSONObject = JSONObject()) {
        self.name = name
        self.path = path
        self.type = type
        self.typeName = typeName
        self.ref = ref
        self.defaultValue = defaultValue
        self.allowedValues = allowedValues
        self.minValue = minValue
        self.maxValue = maxValue
        self.minLength = minLength
        self.maxLength = maxLength
        self.metadata = metadata
        self.nullable = nullable
        self.extra = extra
    }

    /// Whether a value must be supplied: no default and not nullable.
    public var isRequired: Bool { defaultValue == nil && !nullable }

    /// Whether the default is (or contains) an expression, so only the expansion stage can know it.
    public var defaultNeedsEvaluation: Bool { defaultValue?.containsTemplateExpression ?? false }

    /// The `metadata.description` text, when present.
    public var description: String? { metadata?["description"]?.stringValue }
}
