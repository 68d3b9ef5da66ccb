public import ArmletJSON

/// One entry of a template's `outputs` section.
///
/// An output has either a `value` or a `copy` loop producing an array. `type` is `nil` when the
/// output takes its type from `$ref` (languageVersion 2.0).
public struct Output: TemplateNamed, Hashable {
    /// The loop form of an output: `count` elements built from `input`.
    public struct Copy: Sendable, Hashable {
        /// The number of elements: an integer or an expression.
        public let count: JSONValue
        /// The template of each element.
        public let input: JSONValue

        /// A loop from its parts.
        public init(count: JSONValue, input: JSONValue) {
            self.count = count
            self.input = input
        }
    }

    /// The name as written.
    public let name: String
    /// Where it is (`outputs.<name>`).
    public let path: JSONPath
    /// The declared type, when written and known.
    public let type: TemplateType?
    /// `$ref` to a user-defined type.
    public let ref: String?
    /// The value (literal or expression); `nil` when the output uses `copy`.
    public let value: JSONValue?
    /// The condition: a boolean or an expression.
    public let condition: JSONValue?
    /// The loop form, if used.
    public let copy: Copy?
    /// Free-form metadata.
    public let metadata: JSONValue?
    /// Other members (`nullable`, `items`, ...), kept as written.
    public let extra: JSONObject

    /// An output from its parts.
    public init(name: String, path: JSONPath, type: TemplateType?, ref: String? = nil, value: JSONValue?,
                condition: JSONValue? = nil, copy: Copy? = nil, metadata: JSONValue? = nil,
                extra: JSONObject = JSONObject()) {
        self.name = name
        self.path = path
        self.type = type
        self.ref = ref
        self.value = value
        self.condition = condition
        self.copy = copy
        self.metadata = metadata
        self.extra = extra
    }
}
