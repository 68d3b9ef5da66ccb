/// The syntax of an OData `$filter` as ARM's lists take it: comparisons `field eq|ne 'text'`, calls
/// `f(arg, arg)` whose arguments are fields or quoted strings, `and` (binding tighter) and `or`, and
/// parentheses. Field, operator and function names are lower-cased; strings keep their case, with
/// `''` read as one quote.
indirect enum ODataExpression: Equatable {
    case comparison(String, Bool, String)
    case call(String, ODataArgument, ODataArgument)
    case and(ODataExpression, ODataExpression)
    case or(ODataExpression, ODataExpression)
}

/// An argument of an OData function call.
enum ODataArgument: Equatable {
    case field(String)
    case literal(String)
}

/// A recursive-descent reader of ``ODataExpression``; `parse()` is nil for text it cannot read.
struct ODataFilterParser {
    private enum Token: Equatable {
        case word(String)
        case string(String)
        case open, close, comma
    }

    private var tokens: [Token] = []
    private var index = 0
    private let readable: Bool

    init(text: String) {
        if let tokens = Self.tokenize(text) {
            self.tokens = tokens
            readable = true
        } else {
            readable = false
        }
    }

    /// The expression, or nil when the text is not one (or has something left over).
    mutating func parse() -> ODataExpression? {
        guard readable, let expression = parseOr(), index == tokens.count else { return nil }
        return expression
    }

    private mutating func parseOr() -> ODataExpression? {
        parseChain(keyword: "or", operand: { $0.parseAnd() }, combine: ODataExpression.or)
    }

    private mutating func parseAnd() -> ODataExpression? {
        parseChain(keyword: "and", operand: { $0.parsePrimary() }, combine: ODataExpression.and)
    }

    /// `operand (keyword operand)*`, folded to the left with `combine`.
    private mutating func parseChain(keyword: String, operand: (inout Self) -> ODataExpression?,
                                     combine: (ODataExpression, ODataExpression) -> ODataExpression) -> ODataExpression? {
        guard var left = operand(&self) else { return nil }
        while accept(keyword: keyword) {
            guard let right = operand(&self) else { return nil }
            left = combine(left, right)
        }
        return left
    }

    private mutating func parsePrimary() -> ODataExpression? {
        guard index < tokens.count else { return nil }
        if tokens[index] == .open {
            index += 1
            guard let inner = parseOr(), accept(.close) else { return nil }
            return inner
        }
        guard case .word(let name) = tokens[index] else { return nil }
        index += 1
        if accept(.open) {
            guard let first = parseArgument(), accept(.comma), let second = parseArgument(), accept(.close) else {
                return nil
            }
            return .call(name, first, second)
        }
        guard index + 1 < tokens.count, case .word(let op) = tokens[index], op == "eq" || op == "ne",
              case .string(let value) = tokens[index + 1] else { return nil }
        index += 2
        return .comparison(name, op == "eq", value)
    }

    private mutating func parseArgument() -> ODataArgument? {
        guard index < tokens.count else { return nil }
        defer { index += 1 }
        switch tokens[index] {
        case .word(let name): return .field(name)
        case .string(let text): return .literal(text)
        default: return nil
        }
    }

    private mutating func accept(_ token: Token) -> Bool {
        guard index < tokens.count, tokens[index] == token else { return false }
        index += 1
        return true
    }

    private mutating func accept(keyword: String) -> Bool { accept(.word(keyword)) }

    private static func tokenize(_ text: String) -> [Token]? {
        var tokens: [Token] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case " ", "\t", "\n", "\r": i += 1
            case "(": tokens.append(.open); i += 1
            case ")": tokens.append(.close); i += 1
            case ",": tokens.append(.comma); i += 1
            case "'":
                var value = ""
                i += 1
                var closed = false
                while i < chars.count {
                    if chars[i] == "'" {
                        if i + 1 < chars.count, chars[i + 1] == "'" { value.append("'"); i += 2; continue }
                        closed = true
                        i += 1
                        break
                    }
                    value.append(chars[i])
                    i += 1
                }
                guard closed else { return nil }
                tokens.append(.string(value))
            default:
                guard c.isLetter || c.isNumber || c == "_" || c == "/" || c == "." else { return nil }
                var word = ""
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || "_/.".contains(chars[i]) {
                    word.append(chars[i])
                    i += 1
                }
                tokens.append(.word(word.lowercased()))
            }
        }
        return tokens
    }
}
