package import Foundation

/// One access grant of `beginGetAccess`: which resource's bytes a SAS URL opens, how, and until when.
///
/// Like Azure's managed-disk SAS, the URL carries no permission or expiry: it names the grant (`si`)
/// and is signed (`sig`); the grant itself is kept in the state and ends with `endGetAccess`, with
/// the resource's deletion, or at ``expires``.
package struct DataPlaneGrant: Codable, Sendable, Hashable {
    /// The grant's id (the SAS's `si`).
    package var id: String
    /// The disk or snapshot.
    package var resourceId: String
    /// Its block volume (its `uniqueId`).
    package var volume: String
    /// The blob path the URL addresses: `/<account>/<container>/<blob>`.
    package var path: String
    /// Whether pages may be written (a `Write` grant); every grant reads.
    package var canWrite: Bool
    /// When the grant ends (seconds since 1970, on the state's clock).
    package var expires: Double
    /// The blob's length in bytes.
    package var size: Int64

    /// Whether the grant still holds at `now`.
    package func isValid(at now: Date) -> Bool { now.timeIntervalSince1970 < expires }
}

/// Why a SAS URL was refused (Storage answers 403 `AuthenticationFailed`).
package struct DataPlaneDenial: Error, Sendable, Equatable {
    /// A sentence for a person.
    package let reason: String

    /// A refusal for `reason`.
    package init(_ reason: String) { self.reason = reason }
}
