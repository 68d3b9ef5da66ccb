/// An ARM API version such as `2022-03-02` or `2016-04-30-preview`: a date and an optional suffix.
///
/// Versions compare by date, and on the same date a suffixed (preview) version comes before the
/// plain one. Text is compared ignoring case, as ARM matches `api-version` values.
package struct APIVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The version as written in the catalog (or by the user).
    package let text: String
    /// Year, month and day of the version's date.
    package let year: Int, month: Int, day: Int
    /// What follows the date without its dash (`preview`, `privatepreview`), or empty.
    package let suffix: String

    /// Parses `text`; `nil` when it does not start with a `YYYY-MM-DD` date.
    package init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = APIVersion.number(bytes[0..<4]), let m = APIVersion.number(bytes[5..<7]),
              let d = APIVersion.number(bytes[8..<10]), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        if bytes.count > 10 {
            guard bytes[10] == UInt8(ascii: "-"), bytes.count > 11 else { return nil }
            suffix = String(decoding: bytes[11...], as: UTF8.self).lowercased()
        } else {
            suffix = ""
        }
        self.text = text
        year = y
        month = m
        day = d
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in digits {
            guard (0x30...0x39).contains(b) else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    /// Days since 1970-01-01 of the version's date (proleptic Gregorian calendar).
    package var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whether the version carries a suffix such as `-preview`.
    package var isPreview: Bool { !suffix.isEmpty }

    package var description: String { text }

    package static func == (a: APIVersion, b: APIVersion) -> Bool {
        a.year == b.year && a.month == b.month && a.day == b.day && a.suffix == b.suffix
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(year)
        hasher.combine(month)
        hasher.combine(day)
        hasher.combine(suffix)
    }

    package static func < (a: APIVersion, b: APIVersion) -> Bool {
        if (a.year, a.month, a.day) != (b.year, b.month, b.day) {
            return (a.year, a.month, a.day) < (b.year, b.month, b.day)
        }
        if a.suffix.isEmpty != b.suffix.isEmpty { return !a.suffix.isEmpty }
        return a.suffix < b.suffix
    }
}
