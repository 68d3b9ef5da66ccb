/// A tiny regular expression over Unicode scalars, enough for PyYAML's implicit resolvers.
///
/// The syntax is the subset those patterns use: literal scalars, `\` escapes, character classes
/// (`[-+0-9]`, ranges and literals), non-capturing groups `(?:…)`, alternation `|` and the greedy
/// quantifiers `?`, `*`, `+`. Matching backtracks, like Python's `re`, and ``matches(_:)`` anchors
/// both ends the way `re.match(r'^(?:…)$', s)` does.
struct ScalarPattern: Sendable {
    private indirect enum Node: Sendable {
        case scalar([ClosedRange<UInt32>])
        case sequence([Node])
        case alternation([Node])
        case repeated(Node, min: Int, max: Int?)
    }

    private let root: Node

    /// The pattern for `source`, written without the `^`/`$` anchors.
    init(_ source: String) {
        var parser = Parser(scalars: Array(source.unicodeScalars))
        root = parser.alternation()
    }

    /// Whether the whole of `text` matches; like Python's `$`, a single trailing `\n` may be left over.
    func matches(_ text: [Unicode.Scalar]) -> Bool {
        Self.match(root, text, 0) { end in
            end == text.count || (end == text.count - 1 && text[end] == "\n")
        }
    }

    private static func match(_ node: Node, _ text: [Unicode.Scalar], _ index: Int, _ next: (Int) -> Bool) -> Bool {
        switch node {
        case .scalar(let ranges):
            guard index < text.count, ranges.contains(where: { $0.contains(text[index].value) }) else { return false }
            return next(index + 1)
        case .sequence(let nodes):
            return matchSequence(nodes[...], text, index, next)
        case .alternation(let branches):
            return branches.contains { match($0, text, index, next) }
        case .repeated(let inner, let min, let max):
            return matchRepeated(inner, min: min, max: max, count: 0, text, index, next)
        }
    }

    private static func matchSequence(_ nodes: ArraySlice<Node>, _ text: [Unicode.Scalar], _ index: Int,
                                      _ next: (Int) -> Bool) -> Bool {
        guard let first = nodes.first else { return next(index) }
        return match(first, text, index) { matchSequence(nodes.dropFirst(), text, $0, next) }
    }

    private static func matchRepeated(_ inner: Node, min: Int, max: Int?, count: Int, _ text: [Unicode.Scalar],
                                      _ index: Int, _ next: (Int) -> Bool) -> Bool {
        if max.map({ count < $0 }) ?? true {
            let more = match(inner, text, index) { end in
                end != index && matchRepeated(inner, min: min, max: max, count: count + 1, text, end, next)
            }
            if more { return true }
        }
        return count >= min && next(index)
    }

    /// A recursive-descent reader of the pattern syntax.
    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        mutating func alternation() -> Node {
            var branches = [sequence()]
            while position < scalars.count, scalars[position] == "|" {
                position += 1
                branches.append(sequence())
            }
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        mutating func sequence() -> Node {
            var nodes: [Node] = []
            while position < scalars.count, scalars[position] != "|", scalars[position] != ")" {
                var atom = self.atom()
                if position < scalars.count {
                    switch scalars[position] {
                    case "?": atom = .repeated(atom, min: 0, max: 1); position += 1
                    case "*": atom = .repeated(atom, min: 0, max: nil); position += 1
                    case "+": atom = .repeated(atom, min: 1, max: nil); position += 1
                    default: break
                    }
                }
                nodes.append(atom)
            }
            return nodes.count == 1 ? nodes[0] : .sequence(nodes)
        }

        mutating func atom() -> Node {
            let scalar = scalars[position]
            position += 1
            switch scalar {
            case "(":
                if scalars[position...].starts(with: ["?", ":"]) { position += 2 }
                let inner = alternation()
                position += 1  // ")"
                return inner
            case "[":
                return characterClass()
            case "\\" where position < scalars.count:
                let escaped = scalars[position]
                position += 1
                return .scalar([escaped.value...escaped.value])
            default:
                return .scalar([scalar.value...scalar.value])
            }
        }

        mutating func characterClass() -> Node {
            var ranges: [ClosedRange<UInt32>] = []
            while position < scalars.count, scalars[position] != "]" {
                let low = scalars[position].value
                if position + 2 < scalars.count, scalars[position + 1] == "-", scalars[position + 2] != "]" {
                    ranges.append(low...scalars[position + 2].value)
                    position += 3
                } else {
                    ranges.append(low...low)
                    position += 1
                }
            }
            position += 1  // "]"
            return .scalar(ranges)
        }
    }
}
