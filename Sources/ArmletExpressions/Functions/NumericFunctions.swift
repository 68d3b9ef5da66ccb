import ArmletJSON

/// Numeric functions: 64-bit integer arithmetic with overflow checks (`min`/`max` are in the
/// array family).
enum NumericFunctions {
    static let all: [TemplateFunction] = .family(
        TemplateFunction("add", arguments: 2...2) { call, a in try arithmetic(call, a, { $0.addingReportingOverflow($1) }, +) },
        TemplateFunction("sub", arguments: 2...2) { call, a in try arithmetic(call, a, { $0.subtractingReportingOverflow($1) }, -) },
        TemplateFunction("mul", arguments: 2...2) { call, a in try arithmetic(call, a, { $0.multipliedReportingOverflow(by: $1) }, *) },
        TemplateFunction("div", arguments: 2...2) { call, a in
            let x = try call.integer(a, 0), y = try call.integer(a, 1)
            guard y != 0 else { throw call.failure("the divisor must not be zero.") }
            let r = x.dividedReportingOverflow(by: y)
            if r.overflow { throw call.failure("detected overflow.") }
            return .int(r.partialValue)
        },
        TemplateFunction("mod", arguments: 2...2) { call, a in
            let x = try call.integer(a, 0), y = try call.integer(a, 1)
            guard y != 0 else { throw call.failure("the divisor must not be zero.") }
            return .int(x.remainderReportingOverflow(dividingBy: y).partialValue)
        },
        TemplateFunction("int", arguments: 1...1) { call, a in
            switch a[0] {
            case .int: return a[0]
            case .double(let d):
                guard d.isFinite, let v = Int64(exactly: d.rounded(.towardZero)) else { throw call.failure("the value cannot be converted to an integer.") }
                return .int(v)
            case .string(let s):
                guard let v = Int64(s.trimmingASCIIWhitespace()) else {
                    throw call.failure("the string '\(s)' cannot be converted to an integer.")
                }
                return .int(v)
            default: throw call.typeError(a[0], at: 0, of: 1, expected: "a string or an integer")
            }
        },
        TemplateFunction("float", arguments: 1...1) { call, a in
            switch a[0] {
            case .int(let i): return .double(Double(i))
            case .double: return a[0]
            case .string(let s):
                guard let d = Double(s.trimmingASCIIWhitespace()) else {
                    throw call.failure("the string '\(s)' cannot be converted to a float.")
                }
                return .double(d)
            default: throw call.typeError(a[0], at: 0, of: 1, expected: "a string or an integer")
            }
        },
        TemplateFunction("copyIndex", arguments: 0...2) { call, a in
            var loop: String? = nil
            var offset: Int64 = 0
            switch a.count {
            case 1:
                switch a[0] {
                case .string(let s): loop = s
                case .int(let i): offset = i
                default: throw call.typeError(a[0], at: 0, of: 1, expected: "a string or an integer")
                }
            case 2:
                loop = try call.string(a, 0)
                offset = try call.integer(a, 1)
            default: break
            }
            let index = try call.context.copyIndex(loopName: loop)
            return .int(index + offset)
        }
    )

    static func arithmetic(_ call: Invocation, _ a: [JSONValue], _ op: (Int64, Int64) -> (partialValue: Int64, overflow: Bool),
                           _ dop: (Double, Double) -> Double) throws -> JSONValue {
        switch (a[0], a[1]) {
        case (.int(let x), .int(let y)):
            let r = op(x, y)
            if r.overflow { throw call.failure("detected overflow.") }
            return .int(r.partialValue)
        case (.double(let x), .int(let y)): return .double(dop(x, Double(y)))
        case (.int(let x), .double(let y)): return .double(dop(Double(x), y))
        case (.double(let x), .double(let y)): return .double(dop(x, y))
        case (.int, _), (.double, _): throw call.typeError(a[1], at: 1, of: 2, expected: "of type 'Integer'")
        default: throw call.typeError(a[0], at: 0, of: 2, expected: "of type 'Integer'")
        }
    }
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        let u = Array(utf8)
        var lo = 0, hi = u.count
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        while lo < hi, isSpace(u[lo]) { lo += 1 }
        while hi > lo, isSpace(u[hi - 1]) { hi -= 1 }
        return String(decoding: u[lo..<hi], as: UTF8.self)
    }
}
