/// A UTC instant with .NET's 100-nanosecond resolution, as ARM's date functions use it.
///
/// Calendar arithmetic is done here (proleptic Gregorian) so date functions never depend on the
/// host's locale or time zone.
public struct ArmDateTime: Sendable, Hashable, Comparable {
    /// 100 ns ticks since 1970-01-01T00:00:00Z (negative before).
    public var ticksSinceEpoch: Int64

    static let ticksPerSecond: Int64 = 10_000_000
    static let ticksPerDay: Int64 = 864_000_000_000

    /// The instant `ticks` (100 ns units) after the Unix epoch.
    public init(ticksSinceEpoch: Int64) { self.ticksSinceEpoch = ticksSinceEpoch }

    /// The instant `seconds` after the Unix epoch; callers keep `seconds` within
    /// ``isValidUnixSeconds(_:)`` (beyond it the tick count would overflow).
    public init(unixSeconds: Int64) {
        self.ticksSinceEpoch = unixSeconds.multipliedReportingOverflow(by: ArmDateTime.ticksPerSecond).partialValue
    }

    /// .NET's `DateTime` range, which ARM's date functions have: 0001-01-01T00:00:00 to
    /// 9999-12-31T23:59:59.9999999, in ticks since the Unix epoch.
    static let validTicks: ClosedRange<Int64> = -62_135_596_800 * ticksPerSecond...(253_402_300_800 * ticksPerSecond - 1)

    /// Whether `seconds` since the epoch is a date-time .NET (so ARM) can represent.
    static func isValidUnixSeconds(_ seconds: Int64) -> Bool {
        (-62_135_596_800...253_402_300_799).contains(seconds)
    }

    /// Whether the instant is within .NET's `DateTime` range.
    var isValid: Bool { ArmDateTime.validTicks.contains(ticksSinceEpoch) }

    /// Whole seconds since the Unix epoch (rounded down).
    public var unixSeconds: Int64 {
        let (q, r) = ticksSinceEpoch.quotientAndRemainder(dividingBy: ArmDateTime.ticksPerSecond)
        return r < 0 ? q - 1 : q
    }

    public static func < (a: ArmDateTime, b: ArmDateTime) -> Bool { a.ticksSinceEpoch < b.ticksSinceEpoch }

    /// Calendar fields of the instant.
    struct Fields {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
        var fraction: Int  // ticks within the second
        var weekday: Int  // 0 = Sunday
    }

    init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, fraction: Int = 0) {
        let days = ArmDateTime.daysFromCivil(year, month, day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.ticksSinceEpoch = seconds * ArmDateTime.ticksPerSecond + Int64(fraction)
    }

    var fields: Fields {
        var days = ticksSinceEpoch / ArmDateTime.ticksPerDay
        var rem = ticksSinceEpoch % ArmDateTime.ticksPerDay
        if rem < 0 { rem += ArmDateTime.ticksPerDay; days -= 1 }
        let (y, m, d) = ArmDateTime.civilFromDays(Int(days))
        let secondsOfDay = Int(rem / ArmDateTime.ticksPerSecond)
        let weekday = Int(((days % 7) + 11) % 7)  // 1970-01-01 was a Thursday
        return Fields(year: y, month: m, day: d, hour: secondsOfDay / 3600, minute: secondsOfDay / 60 % 60,
                      second: secondsOfDay % 60, fraction: Int(rem % ArmDateTime.ticksPerSecond), weekday: weekday)
    }

    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// This instant moved by `months` calendar months, clamping the day as .NET `AddMonths` does.
    func addingMonths(_ months: Int) -> ArmDateTime {
        let f = fields
        let total = f.year * 12 + (f.month - 1) + months
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        let day = min(f.day, ArmDateTime.daysInMonth(year, month))
        return ArmDateTime(year: year, month: month, day: day, hour: f.hour, minute: f.minute, second: f.second, fraction: f.fraction)
    }
}
