/// An ARM `provisioningState`: free-form text with three terminal values.
///
/// Resource providers may invent their own non-terminal states (DiskRP reports `Updating`), so this
/// is a string wrapper rather than an enum. Comparison is exact; use the static members.
package struct ProvisioningState: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    package var rawValue: String

    package init(rawValue: String) { self.rawValue = rawValue }
    package init(stringLiteral value: String) { self.rawValue = value }

    package static let accepted: ProvisioningState = "Accepted"
    package static let running: ProvisioningState = "Running"
    package static let creating: ProvisioningState = "Creating"
    package static let updating: ProvisioningState = "Updating"
    package static let deleting: ProvisioningState = "Deleting"
    package static let succeeded: ProvisioningState = "Succeeded"
    package static let failed: ProvisioningState = "Failed"
    package static let canceled: ProvisioningState = "Canceled"

    /// Whether ARM treats the state as final (`Succeeded`, `Failed` or `Canceled`, ignoring case).
    package var isTerminal: Bool {
        ["succeeded", "failed", "canceled"].contains(rawValue.lowercased())
    }

    package var description: String { rawValue }
}
