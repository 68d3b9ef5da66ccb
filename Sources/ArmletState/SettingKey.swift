/// The name of a value in the store's `settings` table.
///
/// Well-known keys are static members; other layers may add their own (keep them dotted and
/// prefixed by the owning layer, e.g. `server.port`).
package struct SettingKey: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral {
    package var rawValue: String

    package init(rawValue: String) { self.rawValue = rawValue }
    package init(stringLiteral value: String) { self.rawValue = value }

    /// The subscription id `armlet account set` selected; commands without `--subscription` use it.
    package static let currentSubscription: SettingKey = "account.currentSubscription"
    /// Seconds added to the base clock by ``StoredClock`` (a decimal number).
    package static let clockOffset: SettingKey = "clock.offsetSeconds"
    /// The origin (seconds since 1970) of a persisted ``ScaledClock``.
    package static let clockScaledOrigin: SettingKey = "clock.scaledOrigin"
}
