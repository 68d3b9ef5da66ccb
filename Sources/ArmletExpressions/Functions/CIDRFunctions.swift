import ArmletJSON
import Foundation

/// CIDR functions for IPv4 and IPv6 ranges.
enum CIDRFunctions {
    static let all: [TemplateFunction] = .family(
        TemplateFunction("parseCidr", arguments: 1...1) { call, a in
            let range = try IPRange(call, try call.string(a, 0))
            var o = JSONObject()
            o["network"] = .string(range.format(range.network))
            o["netmask"] = .string(range.format(range.mask))
            if range.isV4 {
                o["broadcast"] = .string(range.format(range.last))
                let small = range.prefix >= 31
                o["firstUsable"] = .string(range.format(small ? range.network : range.network &+ 1))
                o["lastUsable"] = .string(range.format(small ? range.last : range.last &- 1))
            } else {
                o["firstUsable"] = .string(range.format(range.network))
                o["lastUsable"] = .string(range.format(range.last))
            }
            o["cidr"] = .int(Int64(range.prefix))
            return .object(o)
        },
        TemplateFunction("cidrSubnet", arguments: 3...3) { call, a in
            let range = try IPRange(call, try call.string(a, 0))
            let newPrefix = try call.integer(a, 1)
            let index = try call.integer(a, 2)
            guard newPrefix >= Int64(range.prefix), newPrefix <= Int64(range.bits) else {
                throw call.failure("the new CIDR prefix '\(newPrefix)' must be between '\(range.prefix)' and '\(range.bits)'.")
            }
            let extraBits = Int(newPrefix) - range.prefix
            guard index >= 0, extraBits >= 63 || index < (Int64(1) << extraBits) else {
                throw call.failure("the subnet index '\(index)' is out of range for the new CIDR prefix '\(newPrefix)'.")
            }
            let offset = UInt128Value(UInt64(index)).shiftedLeft(range.bits - Int(newPrefix))
            return .string(range.format(range.network &+ offset) + "/\(newPrefix)")
        },
        TemplateFunction("cidrHost", arguments: 2...2) { call, a in
            let range = try IPRange(call, try call.string(a, 0))
            let index = try call.integer(a, 1)
            let hostBits = range.bits - range.prefix
            let usable: UInt128Value
            if range.isV4 {
                usable = range.prefix >= 31 ? (range.last &- range.network) &+ 1 : (range.last &- range.network) &- 1
            } else {
                usable = range.last &- range.network
            }
            guard index >= 0, UInt128Value(UInt64(index)) < usable || hostBits == 128 else {
                throw call.failure("the host index '\(index)' is out of range for the CIDR '\(range.text)'.")
            }
            let first = range.isV4 && range.prefix >= 31 ? range.network : range.network &+ 1
            return .string(range.format(first &+ UInt128Value(UInt64(index))))
        }
    )
}

/// A 128-bit unsigned integer made of two 64-bit halves (kept simple and portable).
struct UInt128Value: Comparable, Sendable {
    var high: UInt64
    var low: UInt64

    init(high: UInt64, low: UInt64) { self.high = high; self.low = low }
    init(_ low: UInt64) { self.init(high: 0, low: low) }

    static func < (a: UInt128Value, b: UInt128Value) -> Bool { a.high != b.high ? a.high < b.high : a.low < b.low }
    static func &+ (a: UInt128Value, b: UInt128Value) -> UInt128Value {
        let (l, carry) = a.low.addingReportingOverflow(b.low)
        return UInt128Value(high: a.high &+ b.high &+ (carry ? 1 : 0), low: l)
    }
    static func &- (a: UInt128Value, b: UInt128Value) -> UInt128Value {
        let (l, borrow) = a.low.subtractingReportingOverflow(b.low)
        return UInt128Value(high: a.high &- b.high &- (borrow ? 1 : 0), low: l)
    }
    static func &+ (a: UInt128Value, b: Int) -> UInt128Value { a &+ UInt128Value(UInt64(b)) }
    static func &- (a: UInt128Value, b: Int) -> UInt128Value { a &- UInt128Value(UInt64(b)) }
    static prefix func ~ (a: UInt128Value) -> UInt128Value { UInt128Value(high: ~a.high, low: ~a.low) }
    static func & (a: UInt128Value, b: UInt128Value) -> UInt128Value { UInt128Value(high: a.high & b.high, low: a.low & b.low) }
    static func | (a: UInt128Value, b: UInt128Value) -> UInt128Value { UInt128Value(high: a.high | b.high, low: a.low | b.low) }

    func shiftedLeft(_ n: Int) -> UInt128Value {
        if n <= 0 { return self }
        if n >= 128 { return UInt128Value(0) }
        if n >= 64 { return UInt128Value(high: low << UInt64(n - 64), low: 0) }
        return UInt128Value(high: (high << UInt64(n)) | (low >> UInt64(64 - n)), low: low << UInt64(n))
    }

    /// A value with the top `count` of `width` bits set.
    static func mask(prefix count: Int, width: Int) -> UInt128Value {
        let all = width == 128 ? UInt128Value(high: .max, low: .max) : UInt128Value(high: 0, low: UInt64(UInt32.max))
        let hostOnes = UInt128Value(1).shiftedLeft(width - count) &- UInt128Value(1)
        return width - count >= 128 ? UInt128Value(0) : all & ~hostOnes
    }
}

/// A parsed `address/prefix` range, IPv4 or IPv6.
struct IPRange {
    let text: String
    let isV4: Bool
    let prefix: Int
    let network: UInt128Value
    let mask: UInt128Value
    let last: UInt128Value

    var bits: Int { isV4 ? 32 : 128 }

    init(_ call: Invocation, _ text: String) throws {
        self.text = text
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = Int(parts[1]) else { throw call.failure("the value '\(text)' is not a valid CIDR.") }
        let address: UInt128Value
        if let v4 = IPRange.parseV4(String(parts[0])) {
            isV4 = true
            address = UInt128Value(UInt64(v4))
        } else if let v6 = IPRange.parseV6(String(parts[0])) {
            isV4 = false
            address = v6
        } else {
            throw call.failure("the value '\(text)' is not a valid CIDR.")
        }
        let width = isV4 ? 32 : 128
        guard prefix >= 0, prefix <= width else { throw call.failure("the value '\(text)' is not a valid CIDR.") }
        self.prefix = prefix
        self.mask = UInt128Value.mask(prefix: prefix, width: width)
        self.network = address & mask
        let all = isV4 ? UInt128Value(UInt64(UInt32.max)) : UInt128Value(high: .max, low: .max)
        self.last = network | (all & ~mask)
    }

    func format(_ v: UInt128Value) -> String {
        if isV4 {
            let x = UInt32(truncatingIfNeeded: v.low)
            return "\(x >> 24).\((x >> 16) & 0xFF).\((x >> 8) & 0xFF).\(x & 0xFF)"
        }
        var groups: [UInt16] = []
        for i in 0..<4 { groups.append(UInt16(truncatingIfNeeded: v.high >> UInt64(48 - 16 * i))) }
        for i in 0..<4 { groups.append(UInt16(truncatingIfNeeded: v.low >> UInt64(48 - 16 * i))) }
        // RFC 5952: compress the longest run (two or more) of zero groups, the first on a tie.
        var bestStart = -1, bestLength = 0, i = 0
        while i < 8 {
            if groups[i] == 0 {
                var j = i
                while j < 8, groups[j] == 0 { j += 1 }
                if j - i > bestLength { bestStart = i; bestLength = j - i }
                i = j
            } else {
                i += 1
            }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard bestLength >= 2 else { return hex.joined(separator: ":") }
        let head = hex[..<bestStart].joined(separator: ":")
        let tail = hex[(bestStart + bestLength)...].joined(separator: ":")
        return head + "::" + tail
    }

    static func parseV4(_ s: String) -> UInt32? {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var v: UInt32 = 0
        for p in parts {
            guard let b = UInt8(p) else { return nil }
            v = v << 8 | UInt32(b)
        }
        return v
    }

    static func parseV6(_ s: String) -> UInt128Value? {
        let halves = s.components(separatedByString: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ t: String) -> [UInt16]? {
            if t.isEmpty { return [] }
            var out: [UInt16] = []
            for g in t.split(separator: ":", omittingEmptySubsequences: false) {
                guard g.count <= 4, let v = UInt16(g, radix: 16) else { return nil }
                out.append(v)
            }
            return out
        }
        guard let head = groups(halves[0]) else { return nil }
        var all = head
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
            all += [UInt16](repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard all.count == 8 else { return nil }
        var high: UInt64 = 0, low: UInt64 = 0
        for g in all[0..<4] { high = high << 16 | UInt64(g) }
        for g in all[4..<8] { low = low << 16 | UInt64(g) }
        return UInt128Value(high: high, low: low)
    }
}

extension String {
    func components(separatedByString separator: String) -> [String] {
        var out: [String] = []
        var rest = Substring(self)
        while let r = rest.range(of: separator) {
            out.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}
