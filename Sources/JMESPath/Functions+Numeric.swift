import ArmletJSON

/// abs, avg, ceil, floor, sum, max, min, to_number.
extension Function {
    func callNumeric(_ arguments: [Argument]) throws(JMESPathError) -> JSONValue {
        let first = arguments[0].value
        switch self {
        case .abs:
            if case .int(let i) = first {
                let (negated, overflow) = (0 as Int64).subtractingReportingOverflow(i)
                return i >= 0 ? first : (overflow ? .double(-Double(i)) : .int(negated))
            }
            return .double(Swift.abs(Values.number(first) ?? 0))
        case .ceil, .floor:
            if case .int = first { return first }
            let d = Values.number(first) ?? 0
            return Function.integral(self == .ceil ? d.rounded(.up) : d.rounded(.down))
        case .sum:
            return Function.sum(first.arrayValue ?? [])
        case .avg:
            let elements = first.arrayValue ?? []
            guard !elements.isEmpty else { return .null }
            let total = elements.reduce(0.0) { $0 + (Values.number($1) ?? 0) }
            return .double(total / Double(elements.count))
        case .max, .min:
            let elements = first.arrayValue ?? []
            guard var best = elements.first else { return .null }
            for element in elements.dropFirst() {
                let order = Values.compareOrderable(element, best) ?? 0
                if self == .max ? order > 0 : order < 0 { best = element }
            }
            return best
        case .toNumber:
            return Function.toNumber(first)
        default:
            return .null
        }
    }

    /// A whole double as an integer when it fits, as Python's `math.ceil`/`math.floor` return.
    private static func integral(_ d: Double) -> JSONValue {
        Int64(exactly: d).map(JSONValue.int) ?? .double(d)
    }

    /// Integers add as integers (falling back to doubles on overflow); any double makes it a double.
    private static func sum(_ elements: [JSONValue]) -> JSONValue {
        var intTotal: Int64 = 0
        var doubleTotal = 0.0
        var allInts = true
        for element in elements {
            switch element {
            case .int(let i) where allInts:
                let (next, overflow) = intTotal.addingReportingOverflow(i)
                if overflow {
                    allInts = false
                    doubleTotal = Double(intTotal) + Double(i)
                } else {
                    intTotal = next
                }
            default:
                if allInts {
                    allInts = false
                    doubleTotal = Double(intTotal)
                }
                doubleTotal += Values.number(element) ?? 0
            }
        }
        return allInts ? .int(intTotal) : .double(doubleTotal)
    }

    /// Numbers as they are; strings holding a decimal number parsed; anything else `null`.
    private static func toNumber(_ value: JSONValue) -> JSONValue {
        switch value {
        case .int, .double: return value
        case .string(let text):
            if let i = Int64(text) { return .int(i) }
            let allowed = text.utf8.allSatisfy { byte in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            }
            guard allowed, let d = Double(text), d.isFinite else { return .null }
            return .double(d)
        default:
            return .null
        }
    }
}
