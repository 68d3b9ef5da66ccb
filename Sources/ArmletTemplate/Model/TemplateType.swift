public import ArmletJSON

/// The type of a template parameter or output, as ARM spells it (`string`, `securestring`, `int`, ...).
///
/// ARM compares type names ignoring case, so `secureString`, `SecureString` and `securestring`
/// are the same type. `toJSON` and messages use the canonical spelling below.
public enum TemplateType: String, Sendable, Hashable, CaseIterable {
    case string
    case secureString = "securestring"
    case int
    case bool
    case object
    case secureObject = "secureObject"
    case array

    /// The type named `name`, ignoring case; `nil` for names ARM does not know.
    public init?(armName name: String) {
        guard let match = TemplateType.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
            return nil
        }
        self = match
    }

    /// The canonical spelling, e.g. `securestring`, `secureObject`.
    public var armName: String { rawValue }

    /// Whether values of this type are hidden from logs and outputs.
    public var isSecure: Bool { self == .secureString || self == .secureObject }

    /// The JSON type name ARM prints in type-mismatch messages (`String`, `Integer`, `Boolean`, `Object`, `Array`).
    public var jsonTypeName: String {
        switch self {
        case .string, .secureString: "String"
        case .int: "Integer"
        case .bool: "Boolean"
        case .object, .secureObject: "Object"
        case .array: "Array"
        }
    }

    /// Whether `value` has this type. Integers do not accept floats, as in ARM.
    public func accepts(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.string, .string), (.secureString, .string), (.int, .int), (.bool, .bool),
             (.object, .object), (.secureObject, .object), (.array, .array):
            true
        default:
            false
        }
    }

    /// The names ARM accepts, for messages.
    static var allowedNames: String {
        allCases.map(\.armName).joined(separator: ", ")
    }
}
