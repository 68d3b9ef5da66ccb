/// An ARM `provisioningState`: free-form text with three terminal values.
///
/// Resource providers may invent their own non-terminal states (DiskRP reports `Updating`), so this
/// is a string wrapper rather than an enum. Comparison is exact; use the static members.
public struct ProvisioningState: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let accepted: ProvisioningState = "Accepted"
    public static let running: ProvisioningState = "Running"
    public static let creating: ProvisioningState = "Creating"
    public static let updating: ProvisioningState = "Updating"
    public static let deleting: ProvisioningState = "Deleting"
    public static let succeeded: ProvisioningState = "Succeeded"
    public static let failed: ProvisioningState = "Failed"
    public static let canceled: ProvisioningState = "Canceled"

    /// Whether ARM treats the state as final (`Succeeded`, `Failed` or `Canceled`, ignoring case).
    public var isTerminal: Bool {
        ["succeeded", "failed", "canceled"].contains(rawValue.lowercased())
    }

    public var description: String { rawValue }
}
