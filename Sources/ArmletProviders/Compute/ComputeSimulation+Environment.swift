import ArmletCore
package import Foundation

extension ComputeSimulation {
    /// The environment variable that sets the background copy's bandwidth in MiB per second.
    package static let bandwidthVariable = "ARMLET_COPY_MIBPS"

    /// The default settings, with the copy bandwidth from `ARMLET_COPY_MIBPS` when it is set (a positive
    /// number of MiB per second: `1` makes the copy of 64 MiB of changed pages take 64 seconds of clock).
    /// - Throws: ``ARMError`` `InvalidConfiguration` when the value is not a positive number.
    package init(environment: [String: String]) throws {
        self.init()
        guard let text = environment[Self.bandwidthVariable] else { return }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, value > 0,
              value <= 1_000_000_000 else {
            throw ARMError(code: "InvalidConfiguration", message: "\(Self.bandwidthVariable)='\(text)' is not valid: "
                               + "give the background copy's bandwidth as a positive number of MiB per second.")
        }
        copyBandwidthMiBps = value
    }
}
