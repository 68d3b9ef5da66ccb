import ArmletJSON

/// Date functions. `utcNow()` is allowed only where the context permits (parameter defaults).
enum DateFunctions {
    static let all: [TemplateFunction] = .family(
        TemplateFunction("utcNow", arguments: 0...1) { call, a in
            try StringFunctions.requireNonDeterministic(call)
            let format = a.isEmpty ? "yyyyMMddTHHmmssZ" : try call.string(a, 0)
            guard let text = DateTimeText.format(call.context.now(), format) else {
                throw call.failure("the format '\(format)' is not a valid date-time format.")
            }
            return .string(text)
        },
        TemplateFunction("dateTimeAdd", arguments: 2...3) { call, a in
            let baseText = try call.string(a, 0)
            let durationText = try call.string(a, 1)
            guard let base = DateTimeText.parse(baseText) else {
                throw ExpressionError(
                    "The template function 'dateTimeAdd' has an invalid parameter. The first parameter '\(baseText)' is not a valid DateTime string. Please see https://aka.ms/arm-syntax-functions .")
            }
            guard let duration = ISODuration(durationText) else {
                throw ExpressionError(
                    "The template function 'dateTimeAdd' has an invalid parameter. The second parameter '\(durationText)' is not a valid ISO8601 Duration string. Please see https://aka.ms/arm-syntax-functions .")
            }
            guard let result = duration.added(to: base) else {
                throw call.failure("the result of adding '\(durationText)' to '\(baseText)' is outside the range of "
                                   + "valid date-times (0001-01-01 to 9999-12-31).")
            }
            let format: String
            if a.count == 3 {
                format = try call.string(a, 2)
            } else {
                format = defaultFormat(forBase: baseText)
            }
            guard let text = DateTimeText.format(result, format) else {
                throw call.failure("the format '\(format)' is not a valid date-time format.")
            }
            return .string(text)
        },
        TemplateFunction("dateTimeFromEpoch", arguments: 1...1) { call, a in
            let seconds = try call.integer(a, 0)
            guard ArmDateTime.isValidUnixSeconds(seconds) else {
                throw call.failure("the value '\(seconds)' is outside the range of valid epoch times "
                                   + "(-62135596800 to 253402300799: 0001-01-01 to 9999-12-31).")
            }
            return .string(DateTimeText.format(ArmDateTime(unixSeconds: seconds), "yyyy-MM-ddTHH:mm:ssZ") ?? "")
        },
        TemplateFunction("dateTimeToEpoch", arguments: 1...1) { call, a in
            let text = try call.string(a, 0)
            guard let t = DateTimeText.parse(text) else {
                throw call.failure("the value '\(text)' is not a valid date-time string.")
            }
            return .int(t.unixSeconds)
        }
    )

    /// Without a format, an ISO 8601 `T`-separated base keeps that shape; any other base prints in
    /// .NET's en-US general form, which is what the documentation shows for a space-separated base.
    static func defaultFormat(forBase base: String) -> String {
        let u = Array(base.utf8)
        if u.count > 10, u[4] == 0x2D, u[10] == 0x54 || u[10] == 0x74 {
            return base.contains(".") ? "yyyy-MM-ddTHH:mm:ss.fffffffZ" : "yyyy-MM-ddTHH:mm:ssZ"
        }
        if u.count >= 9, u[8] == 0x54 { return "yyyyMMddTHHmmssZ" }
        return "M/d/yyyy h:mm:ss tt"
    }
}

/// An ISO 8601 duration such as `P3Y`, `-P9D` or `PT1H30M`.
struct ISODuration {
    var negative = false
    var years = 0, months = 0, days = 0
    var ticks: Int64 = 0

    init?(_ text: String) {
        var s = Substring(text.trimmingASCIIWhitespace())
        if s.hasPrefix("-") { negative = true; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
        guard s.first == "P" || s.first == "p" else { return nil }
        s = s.dropFirst()
        var inTime = false
        var number = ""
        var sawComponent = false
        for c in s {
            if c == "T" || c == "t" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            if c.isNumber || c == "." || c == "," { number.append(c == "," ? "." : c); continue }
            // Beyond 10,000 years of any unit the sum leaves .NET's date range; refusing here keeps
            // every conversion below from trapping.
            guard let value = Double(number), value.isFinite, value <= 10_000 * 366 * 86_400 else { return nil }
            number = ""
            sawComponent = true
            switch (c.uppercased(), inTime) {
            case ("Y", false) where value <= 10_000: years += Int(value)
            case ("M", false) where value <= 120_000: months += Int(value)
            case ("W", false) where value <= 530_000: days += Int(value) * 7
            case ("D", false) where value <= 3_700_000: days += Int(value)
            case ("H", true) where value <= 88_000_000: ticks += Int64(value * 3600 * 1e7)
            case ("M", true) where value <= 5_300_000_000: ticks += Int64(value * 60 * 1e7)
            case ("S", true): ticks += Int64((value * 1e7).rounded())
            default: return nil
            }
        }
        guard number.isEmpty, sawComponent else { return nil }
    }

    /// `base` moved by the duration; nil when the result leaves .NET's date range.
    func added(to base: ArmDateTime) -> ArmDateTime? {
        let sign = negative ? -1 : 1
        var t = base.addingMonths(sign * (years * 12 + months))
        guard t.isValid else { return nil }
        let (dayTicks, o1) = Int64(days).multipliedReportingOverflow(by: ArmDateTime.ticksPerDay)
        let (span, o2) = dayTicks.addingReportingOverflow(ticks)
        let (moved, o3) = t.ticksSinceEpoch.addingReportingOverflow(Int64(sign) * span)
        guard !o1, !o2, !o3 else { return nil }
        t.ticksSinceEpoch = moved
        return t.isValid ? t : nil
    }
}
