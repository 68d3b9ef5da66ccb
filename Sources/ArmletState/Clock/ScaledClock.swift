package import Foundation

/// Real time running `factor` times faster (or slower) from an origin instant.
///
/// At `origin` the scaled time equals real time; afterwards it moves `factor` seconds per real second,
/// so with `factor: 60` a ten-minute background copy finishes in ten real seconds. Two processes that
/// share the same origin agree on the time, which is why ``ClockConfiguration`` keeps the origin in
/// the state store.
package struct ScaledClock: Clock {
    /// How many simulated seconds pass per second of `base` time.
    package let factor: Double
    /// The instant (in `base` time) at which the scaled time equals `base` time.
    package let origin: Date
    private let base: any Clock

    /// A clock running `factor` times as fast as `base` (the real clock by default), equal to it at
    /// `origin` (by default the moment of creation).
    /// - Precondition: `factor` is finite and greater than zero.
    package init(factor: Double, origin: Date? = nil, base: any Clock = SystemClock()) {
        precondition(factor.isFinite && factor > 0, "a clock's scale factor must be a positive number")
        self.factor = factor
        self.base = base
        self.origin = origin ?? base.now()
    }

    package func now() -> Date {
        let elapsed = base.now().timeIntervalSince(origin)
        return origin.addingTimeInterval(elapsed * factor)
    }
}
