package import Foundation

/// Which clock a process uses, as written in `ARMLET_CLOCK` (or a command-line option).
///
/// | text | clock |
/// |---|---|
/// | *(unset)*, `system` | ``SystemClock`` |
/// | `scaled:60` | ``ScaledClock`` 60× faster; its origin is kept in the store so every process agrees |
/// | `scaled:60@2026-01-01T00:00:00Z` | ``ScaledClock`` with that origin |
/// | `virtual:2026-01-01T00:00:00Z` | ``VirtualClock`` frozen at that instant (one process only) |
/// | `stored` | ``StoredClock`` over the real clock (real time plus a stored offset) |
/// | `stored:2026-01-01T00:00:00Z` | ``StoredClock`` over that fixed instant: time moves only when advanced |
///
/// The persisted forms (`scaled` without origin, `stored`) need a state store; they are how a test
/// drives time across separate `armlet` processes.
package enum ClockConfiguration: Sendable, Hashable, CustomStringConvertible {
    /// The real clock.
    case system
    /// Real time × `factor`; `origin` nil means "the origin kept in the store, set on first use".
    case scaled(factor: Double, origin: Date?)
    /// A clock frozen at `start`, private to this process.
    case virtual(start: Date)
    /// A ``StoredClock`` over the real clock (`base` nil) or over a fixed instant.
    case stored(base: Date?)

    /// The environment variable read by ``init(environment:)``.
    package static let environmentVariable = "ARMLET_CLOCK"

    /// Reads `ARMLET_CLOCK` from `environment`; unset or empty means ``system``.
    /// - Throws: ``StateError`` `InvalidClockConfiguration` when the text is not one of the documented forms.
    package init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(StateError) {
        let text = environment[Self.environmentVariable] ?? ""
        self = text.isEmpty ? .system : try Self(parsing: text)
    }

    /// Reads one of the documented forms (see the type's documentation).
    /// - Throws: ``StateError`` `InvalidClockConfiguration` naming the accepted forms.
    package init(parsing text: String) throws(StateError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let (kind, argument) = Self.split(trimmed, at: ":")
        switch kind.lowercased() {
        case "system", "real":
            guard argument == nil else { throw .invalidClock(text) }
            self = .system
        case "scaled":
            guard let argument else { throw .invalidClock(text) }
            let (factorText, originText) = Self.split(argument, at: "@")
            guard let factor = Double(factorText), factor.isFinite, factor > 0 else { throw .invalidClock(text) }
            self = .scaled(factor: factor, origin: try originText.map { text2 throws(StateError) in
                try Self.instant(text2, in: text)
            })
        case "virtual":
            guard let argument else { throw .invalidClock(text) }
            self = .virtual(start: try Self.instant(argument, in: text))
        case "stored":
            self = .stored(base: try argument.map { text2 throws(StateError) in try Self.instant(text2, in: text) })
        default:
            throw .invalidClock(text)
        }
    }

    /// The configuration in the text form ``init(parsing:)`` reads.
    package var description: String {
        switch self {
        case .system: "system"
        case .scaled(let factor, nil): "scaled:\(Self.format(factor))"
        case .scaled(let factor, let origin?): "scaled:\(Self.format(factor))@\(Self.format(origin))"
        case .virtual(let start): "virtual:\(Self.format(start))"
        case .stored(nil): "stored"
        case .stored(let base?): "stored:\(Self.format(base))"
        }
    }

    /// Builds the clock. `store` is needed by the persisted forms (`stored`, and `scaled` without an
    /// origin, whose origin is read from ``SettingKey/clockScaledOrigin`` or written there on first use).
    /// - Throws: ``StateError`` `InvalidClockConfiguration` when a persisted form has no store, or the
    ///   store's error when it cannot be read or written.
    package func makeClock(store: (any StateStore)?) throws -> any Clock {
        switch self {
        case .system:
            return SystemClock()
        case .scaled(let factor, let origin?):
            return ScaledClock(factor: factor, origin: origin)
        case .scaled(let factor, nil):
            guard let store else { return ScaledClock(factor: factor) }
            let proposed = String(SystemClock().now().timeIntervalSince1970)
            let stored = try store.updateSetting(.clockScaledOrigin) { old in old ?? proposed }
            let seconds = stored.flatMap(TimeInterval.init) ?? SystemClock().now().timeIntervalSince1970
            return ScaledClock(factor: factor, origin: Date(timeIntervalSince1970: seconds))
        case .virtual(let start):
            return VirtualClock(start)
        case .stored(let base):
            guard let store else {
                throw StateError(code: "InvalidClockConfiguration",
                                 message: "The clock '\(description)' keeps its time in the state store, but no store was given.")
            }
            return StoredClock(store: store, base: base.map { VirtualClock($0) } ?? SystemClock())
        }
    }

    /// Forgets the persisted time: the stored offset of ``StoredClock`` and the stored origin of a
    /// persisted ``ScaledClock`` (which otherwise keeps counting, scaled, from its first use).
    /// - Throws: the store's error when it cannot be written.
    package static func resetPersistedTime(in store: any StateStore) throws {
        try store.write { state in
            try state.setSetting(.clockOffset, to: nil)
            try state.setSetting(.clockScaledOrigin, to: nil)
        }
    }

    private static func split(_ text: String, at separator: Character) -> (String, String?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }

    private static func instant(_ text: String, in whole: String) throws(StateError) -> Date {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        throw .invalidClock(whole)
    }

    private static func format(_ date: Date) -> String {
        let whole = date.timeIntervalSince1970.rounded(.down) == date.timeIntervalSince1970
        return date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: !whole))
    }

    private static func format(_ factor: Double) -> String {
        factor.rounded() == factor && abs(factor) < 1e15 ? String(Int64(factor)) : String(factor)
    }
}

extension StateError {
    static func invalidClock(_ text: String) -> StateError {
        StateError(code: "InvalidClockConfiguration", message: """
            The clock setting '\(text)' is not valid. Use 'system', 'scaled:<factor>' (e.g. 'scaled:60'), \
            'scaled:<factor>@<ISO 8601 instant>', 'virtual:<ISO 8601 instant>' \
            (e.g. 'virtual:2026-01-01T00:00:00Z'), 'stored' or 'stored:<ISO 8601 instant>'.
            """)
    }
}
