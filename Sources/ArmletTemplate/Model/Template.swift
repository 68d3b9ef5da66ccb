public import ArmletJSON

/// A decoded deployment template: every section typed, every element with the path it came from.
///
/// Values that may hold expressions are kept raw for the expansion stage. A template can be
/// decoded with error diagnostics (see ``TemplateDecoder``); it then holds what could be read.
public struct Template: Sendable {
    /// How the template lists its resources.
    public enum ResourceForm: String, Sendable, Hashable {
        /// `"resources": [ ... ]`, the classic form.
        case array
        /// `"resources": { "symbolicName": { ... } }`, allowed from languageVersion 2.0.
        case symbolic
    }

    /// The `$schema` URL.
    public let schema: String?
    /// The `contentVersion`, e.g. `1.0.0.0`.
    public let contentVersion: String?
    /// The `languageVersion`, e.g. `2.0`; `nil` for classic templates.
    public let languageVersion: String?
    /// The `apiProfile`.
    public let apiProfile: String?
    /// Free-form metadata (Bicep writes `_generator` here).
    public let metadata: JSONValue?
    /// Declared parameters, looked up ignoring case.
    public let parameters: NamedList<ParameterDeclaration>
    /// User-defined types.
    public let definitions: NamedList<TypeDefinition>
    /// Variables (without the `copy` member), looked up ignoring case.
    public let variables: NamedList<Variable>
    /// Variables built by `variables.copy` loops.
    public let variableCopies: NamedList<VariableCopy>
    /// User-defined function namespaces.
    public let functions: [FunctionNamespace]
    /// Top-level resources (children are inside each).
    public let resources: [Resource]
    /// Whether resources were written as an array or keyed by symbolic name.
    public let resourceForm: ResourceForm
    /// Outputs, looked up ignoring case.
    public let outputs: NamedList<Output>
    /// Other top-level members ARM allows but Armlet does not model (`imports`, `extensions`), kept as written.
    public let extra: JSONObject

    /// A template from its parts.
    public init(schema: String?, contentVersion: String?, languageVersion: String? = nil, apiProfile: String? = nil,
                metadata: JSONValue? = nil, parameters: NamedList<ParameterDeclaration> = NamedList(),
                definitions: NamedList<TypeDefinition> = NamedList(), variables: NamedList<Variable> = NamedList(),
                variableCopies: NamedList<VariableCopy> = NamedList(), functions: [FunctionNamespace] = [],
                resources: [Resource] = [], resourceForm: ResourceForm = .array,
                outputs: NamedList<Output> = NamedList(), extra: JSONObject = JSONObject()) {
        self.schema = schema
        self.contentVersion = contentVersion
        self.languageVersion = languageVersion
        self.apiProfile = apiProfile
        self.metadata = metadata
        self.parameters = parameters
        self.definitions = definitions
        self.variables = variables
        self.variableCopies = variableCopies
        self.functions = functions
        self.resources = resources
        self.resourceForm = resourceForm
        self.outputs = outputs
        self.extra = extra
    }

    /// Whether the template uses languageVersion 2.0 features (symbolic names, typed outputs, ...).
    public var usesSymbolicNames: Bool { Template.allowsSymbolicNames(languageVersion) }

    /// Every resource including children, depth first.
    public var allResources: [Resource] { resources.flatMap(\.flattened) }

    /// The resource with symbolic name `name` (ignoring case).
    public func resource(symbolicName name: String) -> Resource? {
        resources.first { $0.symbolicName.map { $0.lowercased() == name.lowercased() } ?? false }
    }

    /// The user function `namespace.name`, both compared ignoring case.
    public func function(namespace: String, name: String) -> UserFunction? {
        functions.first { $0.namespace.lowercased() == namespace.lowercased() }?.members[name]
    }

    /// Whether `languageVersion` enables symbolic names: 2.0 or later, or the 1.9 preview.
    public static func allowsSymbolicNames(_ languageVersion: String?) -> Bool {
        guard let languageVersion else { return false }
        let numeric = languageVersion.split(separator: "-").first.map(String.init) ?? languageVersion
        let parts = numeric.split(separator: ".").compactMap { Int($0) }
        guard let major = parts.first else { return false }
        let minor = parts.count > 1 ? parts[1] : 0
        return major > 1 || (major == 1 && minor >= 9)
    }
}
