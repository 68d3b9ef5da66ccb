public import ArmletJSON

/// One template function: its name, how many arguments it takes and what it does.
public struct TemplateFunction: Sendable {
    /// How a function receives its arguments.
    public enum Body: Sendable {
        /// Arguments evaluated left to right before the call.
        case values(@Sendable (Invocation, [JSONValue]) throws -> JSONValue)
        /// Unevaluated argument expressions (for `if` and the lambda functions).
        case expressions(@Sendable (Invocation, [ExpressionNode]) throws -> JSONValue)
    }

    /// The documented spelling (names match case-insensitively).
    public let name: String
    /// The fewest arguments accepted.
    public let minArguments: Int
    /// The most arguments accepted, `nil` for no limit.
    public let maxArguments: Int?
    /// The implementation.
    public let body: Body
    /// A function-specific message for a wrong argument count, when ARM words it differently.
    public let arityError: (@Sendable (Int) -> ExpressionError)?

    /// A function over evaluated arguments.
    public init(_ name: String, arguments: ClosedRange<Int>, arityError: (@Sendable (Int) -> ExpressionError)? = nil,
                _ body: @escaping @Sendable (Invocation, [JSONValue]) throws -> JSONValue) {
        self.name = name
        self.minArguments = arguments.lowerBound
        self.maxArguments = arguments.upperBound == Int.max ? nil : arguments.upperBound
        self.body = .values(body)
        self.arityError = arityError
    }

    /// A function over evaluated arguments with at least `minimum` of them.
    public init(_ name: String, atLeast minimum: Int, arityError: (@Sendable (Int) -> ExpressionError)? = nil,
                _ body: @escaping @Sendable (Invocation, [JSONValue]) throws -> JSONValue) {
        self.init(name, arguments: minimum...Int.max, arityError: arityError, body)
    }

    /// A function that receives its argument expressions unevaluated.
    public init(_ name: String, expressions arguments: ClosedRange<Int>,
                _ body: @escaping @Sendable (Invocation, [ExpressionNode]) throws -> JSONValue) {
        self.name = name
        self.minArguments = arguments.lowerBound
        self.maxArguments = arguments.upperBound == Int.max ? nil : arguments.upperBound
        self.body = .expressions(body)
        self.arityError = nil
    }
}

/// The functions an evaluator knows, looked up case-insensitively.
public struct FunctionRegistry: Sendable {
    private var table: [String: TemplateFunction] = [:]
    /// The same functions under their documented spelling, the one templates almost always use:
    /// looked up first, so most calls need no lower-cased copy of the name.
    private var spelled: [String: TemplateFunction] = [:]

    /// A registry holding `functions`; a later function replaces an earlier one of the same name.
    public init(_ functions: [TemplateFunction] = []) {
        for f in functions { register(f) }
    }

    /// Adds or replaces `function`.
    public mutating func register(_ function: TemplateFunction) {
        let key = function.name.lowercased()
        if let previous = table[key] { spelled[previous.name] = nil }
        table[key] = function
        spelled[function.name] = function
    }

    /// The function called `name` (any case).
    public func lookup(_ name: String) -> TemplateFunction? {
        if let f = spelled[name] { return f }
        return table[JSONObject.fold(name)]
    }

    /// Every registered name, in documented spelling, sorted.
    public var names: [String] { table.values.map(\.name).sorted { $0.lowercased() < $1.lowercased() } }

    /// The full ARM function library.
    public static let standard = FunctionRegistry(
        ArrayFunctions.all + ObjectFunctions.all + StringFunctions.all + NumericFunctions.all
            + ComparisonFunctions.all + LogicalFunctions.all + DateFunctions.all + DeploymentFunctions.all
            + ResourceFunctions.all + ScopeFunctions.all + LambdaFunctions.all + CIDRFunctions.all)
}
