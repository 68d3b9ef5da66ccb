package import Foundation

/// The knobs of the simulated `Microsoft.Compute`: how fast background copies run, the incremental
/// snapshot limits, and where new identifiers come from.
///
/// The defaults follow the documentation where it states a number (7 incremental snapshots per disk
/// in any 5 minutes, 500 per disk). The copy bandwidth is Armlet's choice: at 1024 MiB/s the copy
/// behind an incremental snapshot of a 4 GiB Premium SSD v2 disk takes 4 seconds of clock time and a
/// 64 GiB one about a minute, so the documented "wait for completionPercent to reach 100" workflow is
/// visible without being slow.
package struct ComputeSimulation: Sendable {
    /// Background copy speed in MiB per second (see ``CopyJob``).
    package var copyBandwidthMiBps: Double
    /// How many incremental snapshots of one disk may be created within ``incrementalSnapshotWindow``.
    package var incrementalSnapshotsPerWindow: Int
    /// The sliding window of the rate limit, in seconds.
    package var incrementalSnapshotWindow: TimeInterval
    /// How many incremental snapshots one disk may have.
    package var maximumIncrementalSnapshotsPerDisk: Int
    /// Makes a new lower-case GUID (a disk's `uniqueId`, a family id, SAS tokens); tests may make it deterministic.
    package var makeIdentifier: @Sendable () -> String

    /// Settings with the documented limits and a 1024 MiB/s copy bandwidth.
    package init(copyBandwidthMiBps: Double = 1024, incrementalSnapshotsPerWindow: Int = 7,
                incrementalSnapshotWindow: TimeInterval = 300, maximumIncrementalSnapshotsPerDisk: Int = 500,
                makeIdentifier: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }) {
        self.copyBandwidthMiBps = copyBandwidthMiBps
        self.incrementalSnapshotsPerWindow = incrementalSnapshotsPerWindow
        self.incrementalSnapshotWindow = incrementalSnapshotWindow
        self.maximumIncrementalSnapshotsPerDisk = maximumIncrementalSnapshotsPerDisk
        self.makeIdentifier = makeIdentifier
    }

    /// The copy speed in bytes per second.
    var bytesPerSecond: Double { copyBandwidthMiBps * 1_048_576 }
}
