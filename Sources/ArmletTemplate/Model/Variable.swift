public import ArmletJSON

/// One entry of a template's `variables` section; its value may hold expressions.
public struct Variable: TemplateNamed, Hashable {
    /// The name as written.
    public let name: String
    /// Where it is (`variables.<name>`).
    public let path: JSONPath
    /// The value as written.
    public let value: JSONValue

    /// A variable from its parts.
    public init(name: String, path: JSONPath, value: JSONValue) {
        self.name = name
        self.path = path
        self.value = value
    }
}

/// An element of the `variables.copy` array: a variable whose value is an array built by a loop.
///
/// `"copy": [{"name": "disks", "count": 3, "input": {...}}]` defines variable `disks`; inside
/// `input`, `copyIndex('disks')` is the loop position.
public struct VariableCopy: TemplateNamed, Hashable {
    /// The variable the loop defines.
    public let name: String
    /// Where the loop is (`variables.copy[i]`).
    public let path: JSONPath
    /// The number of elements: an integer or an expression.
    public let count: JSONValue
    /// The template of each element.
    public let input: JSONValue

    /// A copy loop from its parts.
    public init(name: String, path: JSONPath, count: JSONValue, input: JSONValue) {
        self.name = name
        self.path = path
        self.count = count
        self.input = input
    }
}
