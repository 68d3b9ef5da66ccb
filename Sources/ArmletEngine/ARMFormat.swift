import ArmletJSON
import ArmletTemplate
import Foundation

/// How ARM (and the Azure CLI after it) writes times, durations, types and hashes.
enum ARMFormat {
    /// A timestamp as the Azure CLI prints ARM's: ISO 8601 with microseconds when there are any,
    /// and a `+00:00` offset (`2024-01-01T00:00:00.123456+00:00`).
    static func timestamp(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let whole = seconds.rounded(.down)
        let micros = Int(((seconds - whole) * 1_000_000).rounded())
        let base = Date(timeIntervalSince1970: whole)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: base)
        var text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1,
                          c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
        if micros > 0 && micros < 1_000_000 { text += String(format: ".%06d", micros) }
        return text + "+00:00"
    }

    /// An ISO 8601 duration as ARM reports one (`PT0S`, `PT1.2345S`, `PT2M3.5S`, `PT1H0M2S`).
    static func duration(_ interval: TimeInterval) -> String {
        let total = max(0, interval)
        let hours = Int(total / 3600)
        let minutes = Int((total - Double(hours) * 3600) / 60)
        let seconds = total - Double(hours) * 3600 - Double(minutes) * 60
        var text = "PT"
        if hours > 0 { text += "\(hours)H" }
        if hours > 0 || minutes > 0 { text += "\(minutes)M" }
        var s = String(format: "%.7f", seconds)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return text + s + "S"
    }

    /// The type name ARM echoes for parameters and outputs (`String`, `Int`, `SecureString`, …).
    static func typeName(_ type: TemplateType?, written: String?) -> String {
        switch type {
        case .string?: "String"
        case .secureString?: "SecureString"
        case .int?: "Int"
        case .bool?: "Bool"
        case .object?: "Object"
        case .secureObject?: "SecureObject"
        case .array?: "Array"
        case nil: written ?? "String"
        }
    }

    /// A stable decimal hash of a template (ARM's `templateHash` is a decimal number too; this one is
    /// Armlet's own: FNV-1a over the compact JSON text).
    static func templateHash(_ template: JSONValue) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in JSONWriter.write(template, style: .compact).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash)
    }

    /// A 16-hex-digit operation id derived from `seed` (ARM's look alike; stable for a given seed).
    static func operationId(_ seed: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in seed.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }
}
