import ArmletJSON
import ArmletState
import Foundation
import Testing

@Suite("CopyJob.completionPercent")
struct CopyJobTests {
    let tenMinutes = CopyJob(resourceId: "/s", sourceResourceId: "/d", startTime: t0, pace: .duration(600))

    @Test("0 at the start, linear in between, 100 at the end and after", arguments: [
        (-10.0, 0.0), (0, 0), (6, 1), (60, 10), (300, 50), (599, 99.8), (599.99, 99.9), (600, 100), (10_000, 100),
    ])
    func duration(elapsed: Double, percent: Double) {
        #expect(tenMinutes.completionPercent(at: t0.addingTimeInterval(elapsed)) == percent)
    }

    @Test("rounded down to one decimal, so it never shows 100 early")
    func rounding() {
        let third = CopyJob(resourceId: "/s", sourceResourceId: "/d", startTime: t0, pace: .duration(3))
        #expect(third.completionPercent(at: t0.addingTimeInterval(1)) == 33.3)
        #expect(third.completionPercent(at: t0.addingTimeInterval(2)) == 66.6)
        #expect(third.completionPercent(at: t0.addingTimeInterval(2.9999)) == 99.9)
        #expect(third.isComplete(at: t0.addingTimeInterval(2.9999)) == false)
        #expect(third.isComplete(at: t0.addingTimeInterval(3)))
    }

    @Test("throughput: bytes over bytes per second")
    func throughput() {
        let job = CopyJob(resourceId: "/s", sourceResourceId: "/d", startTime: t0,
                          pace: .throughput(totalBytes: 1 << 30, bytesPerSecond: Double(1 << 20)))
        #expect(job.pace.seconds == 1024)
        #expect(job.completionTime == t0.addingTimeInterval(1024))
        #expect(job.completionPercent(at: t0.addingTimeInterval(256)) == 25)
        #expect(job.completionPercent(at: t0.addingTimeInterval(1024)) == 100)
    }

    @Test("an empty copy is complete at once; a stalled one never completes")
    func edges() {
        let empty = CopyJob(resourceId: "/s", sourceResourceId: "/d", startTime: t0,
                            pace: .throughput(totalBytes: 0, bytesPerSecond: 10))
        #expect(empty.completionPercent(at: t0) == 100)
        let instant = CopyJob(resourceId: "/s", sourceResourceId: "/d", startTime: t0, pace: .duration(0))
        #expect(instant.completionPercent(at: t0.addingTimeInterval(-1)) == 100)
        let stalled = CopyJob(resourceId: "/s", sourceResourceId: "/d", startTime: t0,
                              pace: .throughput(totalBytes: 10, bytesPerSecond: 0))
        #expect(stalled.completionPercent(at: t0.addingTimeInterval(1e9)) == 0)
        #expect(stalled.completionTime == .distantFuture)
    }

    @Test("driven by a stored copy job and a virtual clock, as the provider will")
    func withStoreAndClock() throws {
        let store = try SQLiteStateStore.inMemory()
        let clock = VirtualClock(t0)
        try store.write { try $0.save(tenMinutes) }
        func percent() throws -> Double {
            try store.read { try $0.copyJob(resourceId: "/S") }?.completionPercent(at: clock.now()) ?? -1
        }
        #expect(try percent() == 0)
        clock.advance(by: 150)
        #expect(try percent() == 25)
        clock.advance(by: 450)
        #expect(try percent() == 100)
    }
}
