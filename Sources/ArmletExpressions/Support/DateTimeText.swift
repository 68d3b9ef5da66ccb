/// Parsing and .NET-style formatting of date-time text for the date functions (invariant culture).
enum DateTimeText {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// Parses ISO 8601 (extended or basic, `T` or space separated, optional fraction and offset)
    /// and the en-US general form `M/d/yyyy h:mm:ss tt`. Times without an offset are UTC.
    static func parse(_ text: String) -> ArmDateTime? {
        let s = Array(text.trimmingASCIIWhitespace().utf8)
        var p = 0
        func digits(_ minCount: Int, _ maxCount: Int) -> Int? {
            var v = 0, n = 0
            while p < s.count, n < maxCount, s[p] >= 0x30, s[p] <= 0x39 { v = v * 10 + Int(s[p] - 0x30); p += 1; n += 1 }
            return n >= minCount ? v : nil
        }
        func eat(_ c: UInt8) -> Bool {
            if p < s.count, s[p] == c { p += 1; return true }
            return false
        }
        // en-US: M/d/yyyy[ h:mm[:ss][ AM|PM]]
        if s.contains(0x2F) {
            guard let month = digits(1, 2), eat(0x2F), let day = digits(1, 2), eat(0x2F), let year = digits(4, 4) else { return nil }
            var hour = 0, minute = 0, second = 0
            if eat(0x20) {
                guard let h = digits(1, 2), eat(0x3A), let m = digits(2, 2) else { return nil }
                hour = h; minute = m
                if eat(0x3A) { guard let sec = digits(2, 2) else { return nil }; second = sec }
                if eat(0x20) {
                    let rest = String(decoding: s[p...], as: UTF8.self).uppercased()
                    if rest == "PM" { if hour < 12 { hour += 12 } } else if rest == "AM" { if hour == 12 { hour = 0 } } else { return nil }
                    p = s.count
                }
            }
            guard p == s.count, valid(year, month, day, hour, minute, second) else { return nil }
            return ArmDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        }
        guard let year = digits(4, 4) else { return nil }
        let extended = eat(0x2D)
        guard let month = digits(2, 2) else { return nil }
        if extended { guard eat(0x2D) else { return nil } }
        guard let day = digits(2, 2) else { return nil }
        var hour = 0, minute = 0, second = 0, fraction = 0, offsetSeconds = 0
        if eat(0x54) || eat(0x74) || eat(0x20) {
            guard let h = digits(2, 2) else { return nil }
            hour = h
            let colon = eat(0x3A)
            guard let m = digits(2, 2) else { return nil }
            minute = m
            if colon ? eat(0x3A) : (p < s.count && s[p] >= 0x30 && s[p] <= 0x39) {
                guard let sec = digits(2, 2) else { return nil }
                second = sec
            }
            if eat(0x2E) || eat(0x2C) {
                var scale = 1_000_000, n = 0
                while p < s.count, s[p] >= 0x30, s[p] <= 0x39 {
                    if n < 7 { fraction += Int(s[p] - 0x30) * scale; scale /= 10 }
                    n += 1; p += 1
                }
                guard n > 0 else { return nil }
            }
        }
        if eat(0x5A) || eat(0x7A) {
        } else if p < s.count, s[p] == 0x2B || s[p] == 0x2D {
            let sign = s[p] == 0x2D ? -1 : 1
            p += 1
            guard let oh = digits(2, 2) else { return nil }
            _ = eat(0x3A)
            let om = digits(2, 2) ?? 0
            offsetSeconds = sign * (oh * 3600 + om * 60)
        }
        guard p == s.count, valid(year, month, day, hour, minute, second) else { return nil }
        var t = ArmDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, fraction: fraction)
        t.ticksSinceEpoch -= Int64(offsetSeconds) * ArmDateTime.ticksPerSecond
        return t
    }

    private static func valid(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int) -> Bool {
        (1...12).contains(mo) && d >= 1 && d <= ArmDateTime.daysInMonth(y, mo) && h < 24 && mi < 60 && s < 60
    }

    /// Expands a .NET standard format letter to its invariant-culture pattern.
    static func standardPattern(_ f: String) -> String? {
        switch f {
        case "d": "MM/dd/yyyy"
        case "D": "dddd, dd MMMM yyyy"
        case "f": "dddd, dd MMMM yyyy HH:mm"
        case "F": "dddd, dd MMMM yyyy HH:mm:ss"
        case "g": "MM/dd/yyyy HH:mm"
        case "G": "MM/dd/yyyy HH:mm:ss"
        case "m", "M": "MMMM dd"
        case "o", "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"
        case "r", "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"
        case "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss"
        case "t": "HH:mm"
        case "T": "HH:mm:ss"
        case "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"
        case "U": "dddd, dd MMMM yyyy HH:mm:ss"
        case "y", "Y": "yyyy MMMM"
        default: nil
        }
    }

    /// Formats `t` with a .NET standard or custom format string; `nil` for an invalid one.
    static func format(_ t: ArmDateTime, _ format: String) -> String? {
        var pattern = format
        if format.count == 1 {
            guard let p = standardPattern(format) else { return nil }
            pattern = p
        }
        let f = t.fields
        let chars = Array(pattern)
        var out = ""
        var i = 0
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
        }
        while i < chars.count {
            let c = chars[i]
            var run = 1
            while i + run < chars.count, chars[i + run] == c { run += 1 }
            switch c {
            case "y":
                out += run == 1 ? String(f.year % 100) : run == 2 ? pad(f.year % 100, 2) : pad(f.year, run)
            case "M":
                out += run == 1 ? String(f.month) : run == 2 ? pad(f.month, 2)
                    : run == 3 ? String(monthNames[f.month - 1].prefix(3)) : monthNames[f.month - 1]
            case "d":
                out += run == 1 ? String(f.day) : run == 2 ? pad(f.day, 2)
                    : run == 3 ? String(dayNames[f.weekday].prefix(3)) : dayNames[f.weekday]
            case "H": out += run == 1 ? String(f.hour) : pad(f.hour, 2)
            case "h":
                let h12 = f.hour % 12 == 0 ? 12 : f.hour % 12
                out += run == 1 ? String(h12) : pad(h12, 2)
            case "m": out += run == 1 ? String(f.minute) : pad(f.minute, 2)
            case "s": out += run == 1 ? String(f.second) : pad(f.second, 2)
            case "f", "F":
                guard run <= 7 else { return nil }
                var digits = String(pad(f.fraction, 7).prefix(run))
                if c == "F" { while digits.hasSuffix("0") { digits.removeLast() } }
                out += digits
            case "t": out += run == 1 ? (f.hour < 12 ? "A" : "P") : (f.hour < 12 ? "AM" : "PM")
            case "K": out += "Z"
            case "z": out += run == 1 ? "+0" : run == 2 ? "+00" : "+00:00"
            case "'", "\"":
                var j = i + 1
                while j < chars.count, chars[j] != c { out.append(chars[j]); j += 1 }
                i = j + 1
                continue
            case "\\":
                if i + 1 < chars.count { out.append(chars[i + 1]) }
                i += 2
                continue
            case "%":
                i += 1
                continue
            default:
                out += String(repeating: c, count: run)
            }
            i += run
        }
        return out
    }
}
