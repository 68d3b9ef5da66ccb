package import ArmletJSON

/// What a provider answers: the body ARM returns and whether the operation is long-running.
///
/// A long-running operation (`isLongRunning`) is one the real service answers with 202 and an
/// `Azure-AsyncOperation`/`Location` pair (DiskRP's PUT, PATCH, DELETE and access actions). The
/// simulation finishes the work at once — `body` is already the final state — so the caller only
/// decides how to present it (a server answers 202 then the final body; the engine just records it).
/// Background copies are different: they outlive the operation and show as `completionPercent`.
package struct ProviderResult: Sendable, Hashable {
    /// What happened to the resource.
    package enum Change: String, Sendable, Hashable {
        /// The resource did not exist and now does (ARM: 201, or 200/202 for DiskRP).
        case created
        /// The resource existed and was changed.
        case updated
        /// The resource was deleted.
        case deleted
        /// Nothing changed (a DELETE of a missing resource: 204; an action).
        case none
    }

    /// The resource as a GET returns it, or the action's output (`{accessSAS: …}`); `nil` when the
    /// operation returns no body.
    package var body: JSONValue?
    /// Whether the real service runs the operation as a long-running operation.
    package var isLongRunning: Bool
    /// What happened.
    package var change: Change

    /// A result.
    package init(body: JSONValue?, isLongRunning: Bool, change: Change) {
        self.body = body
        self.isLongRunning = isLongRunning
        self.change = change
    }
}
