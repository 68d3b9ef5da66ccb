/// How big and how deep a value is, measured without recursion and without walking further than asked.
public struct JSONExtent: Sendable, Hashable {
    /// The deepest nesting seen (a scalar is 0, `[1]` is 1).
    public var depth: Int
    /// About as many bytes as the value's compact JSON text, counted up to where the walk stopped.
    public var bytes: Int
    /// Whether the walk stopped early because `depth` or `bytes` went past its bound.
    public var exceeded: Bool
}

extension JSONValue {
    /// Measures this value, stopping as soon as it is nested deeper than `maxDepth` or larger than about
    /// `maxBytes` bytes of compact JSON. The walk is iterative, so no value can exhaust the stack, and
    /// it visits at most about `maxBytes` nodes, so a value shared many times over (a structure whose
    /// text would be exponentially long) costs no more than the bound.
    public func extent(maxDepth: Int, maxBytes: Int) -> JSONExtent {
        var result = JSONExtent(depth: 0, bytes: 0, exceeded: false)
        var pending: [(value: JSONValue, depth: Int)] = [(self, 0)]
        while let (value, depth) = pending.popLast() {
            if depth > result.depth { result.depth = depth }
            if depth > maxDepth { result.exceeded = true; return result }
            switch value {
            case .null, .bool: result.bytes += 5
            case .int, .double: result.bytes += 8
            case .string(let s): result.bytes += s.utf8.count + 2
            case .array(let a):
                result.bytes += 2 + a.count
                if result.bytes > maxBytes { break }
                for element in a.reversed() { pending.append((element, depth + 1)) }
            case .object(let o):
                result.bytes += 2 + 4 * o.count
                if result.bytes > maxBytes { break }
                for (key, member) in o.members.reversed() {
                    result.bytes += key.utf8.count
                    pending.append((member, depth + 1))
                }
            }
            if result.bytes > maxBytes {
                result.exceeded = true
                return result
            }
        }
        return result
    }
}
