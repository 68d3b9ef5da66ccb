public import ArmletJSON

/// A namespace of user-defined functions (`functions[i]`); templates call members as `namespace.member(...)`.
public struct FunctionNamespace: TemplateNamed, Hashable {
    /// The namespace as written.
    public let namespace: String
    /// Where it is (`functions[i]`).
    public let path: JSONPath
    /// The functions, looked up ignoring case.
    public let members: NamedList<UserFunction>

    /// A namespace from its parts.
    public init(namespace: String, path: JSONPath, members: NamedList<UserFunction>) {
        self.namespace = namespace
        self.path = path
        self.members = members
    }

    public var name: String { namespace }

    public static func == (a: FunctionNamespace, b: FunctionNamespace) -> Bool {
        a.namespace == b.namespace && a.path == b.path && a.members.elements == b.members.elements
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(namespace)
        hasher.combine(path)
    }
}

/// A user-defined function: typed parameters and one output expression.
///
/// ARM restricts what the body may use (no variables, no `reference`, no other user functions);
/// the expansion stage enforces that, not the decoder.
public struct UserFunction: TemplateNamed, Hashable {
    /// One declared parameter.
    public struct Parameter: Sendable, Hashable {
        /// The parameter name.
        public let name: String
        /// The declared type, when known.
        public let type: TemplateType?
        /// Where it is (`...parameters[i]`).
        public let path: JSONPath

        /// A parameter from its parts.
        public init(name: String, type: TemplateType?, path: JSONPath) {
            self.name = name
            self.type = type
            self.path = path
        }
    }

    /// The member name.
    public let name: String
    /// Where it is (`functions[i].members.<name>`).
    public let path: JSONPath
    /// The parameters in order.
    public let parameters: [Parameter]
    /// The output type, when known.
    public let outputType: TemplateType?
    /// The output value (usually an expression).
    public let outputValue: JSONValue
    /// Free-form metadata.
    public let metadata: JSONValue?

    /// A function from its parts.
    public init(name: String, path: JSONPath, parameters: [Parameter], outputType: TemplateType?,
                outputValue: JSONValue, metadata: JSONValue? = nil) {
        self.name = name
        self.path = path
        self.parameters = parameters
        self.outputType = outputType
        self.outputValue = outputValue
        self.metadata = metadata
    }
}
