package import Foundation

/// Where Armlet gets the current time; nothing in Armlet reads the wall clock directly.
///
/// Chosen once at the edge (the CLI or the server, see ``ClockConfiguration``) and handed down, so a
/// background copy's `completionPercent` can be driven by a test. Implementations are cheap to call
/// and never throw: a clock that cannot read its source keeps its last good reading.
package protocol Clock: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The real wall clock.
package struct SystemClock: Clock {
    /// The real clock.
    package init() {}

    package func now() -> Date { Date() }
}
