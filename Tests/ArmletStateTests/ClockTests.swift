import ArmletJSON
import ArmletState
import Foundation
import Testing

@Suite("Clocks")
struct ClockTests {
    @Test("a virtual clock stands still until set or advanced")
    func virtualClock() {
        let clock = VirtualClock(t0)
        #expect(clock.now() == t0)
        #expect(clock.now() == t0)
        #expect(clock.advance(by: 90) == t0.addingTimeInterval(90))
        #expect(clock.now() == t0.addingTimeInterval(90))
        clock.set(t0.addingTimeInterval(-5))
        #expect(clock.now() == t0.addingTimeInterval(-5))
    }

    @Test("a virtual clock shared by many tasks counts every advance")
    func virtualClockConcurrent() async {
        let clock = VirtualClock(t0)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<100 { group.addTask { clock.advance(by: 1) } }
        }
        #expect(clock.now() == t0.addingTimeInterval(100))
    }

    @Test("a scaled clock runs factor times as fast as its base, from its origin")
    func scaledClock() {
        let base = VirtualClock(t0)
        let clock = ScaledClock(factor: 60, base: base)
        #expect(clock.origin == t0)
        #expect(clock.now() == t0)
        base.advance(by: 10)
        #expect(clock.now() == t0.addingTimeInterval(600), "ten real seconds are ten simulated minutes")

        let early = ScaledClock(factor: 2, origin: t0.addingTimeInterval(-100), base: VirtualClock(t0))
        #expect(early.now() == t0.addingTimeInterval(100))
    }

    @Test("the real clock reads the wall clock")
    func systemClock() {
        let clock: any Clock = SystemClock()
        let before = Date()
        let a = clock.now()
        let b = clock.now()
        let after = Date()
        // A stub (a fixed or a stopped date) fails one of these.
        #expect(before <= a && a <= b && b <= after)
    }

    @Test("ARMLET_CLOCK forms parse and print back", arguments: [
        ("system", ClockConfiguration.system),
        ("scaled:60", .scaled(factor: 60, origin: nil)),
        ("scaled:0.5@2026-01-01T00:00:00Z", .scaled(factor: 0.5, origin: t0)),
        ("virtual:2026-01-01T00:00:00Z", .virtual(start: t0)),
        ("stored", .stored(base: nil)),
        ("stored:2026-01-01T00:00:00Z", .stored(base: t0)),
    ])
    func parse(text: String, expected: ClockConfiguration) throws {
        let parsed = try ClockConfiguration(parsing: text)
        #expect(parsed == expected)
        #expect(parsed.description == text)
    }

    @Test("fractional seconds, an unset variable and 'real' are accepted")
    func parseMore() throws {
        #expect(try ClockConfiguration(parsing: "virtual:2026-01-01T00:00:00.250Z") == .virtual(start: t0.addingTimeInterval(0.25)))
        #expect(try ClockConfiguration(environment: [:]) == .system)
        #expect(try ClockConfiguration(environment: ["ARMLET_CLOCK": "virtual:2026-01-01T00:00:00Z"]) == .virtual(start: t0))
        #expect(try ClockConfiguration(parsing: "REAL") == .system)
    }

    @Test("bad clock settings name the accepted forms", arguments: [
        "fast", "scaled", "scaled:0", "scaled:-2", "scaled:x", "virtual", "virtual:yesterday", "stored:soon", "system:1",
    ])
    func parseErrors(text: String) {
        #expect {
            _ = try ClockConfiguration(parsing: text)
        } throws: { error in
            guard let error = error as? StateError else { return false }
            return error.code == "InvalidClockConfiguration" && error.message.contains("'\(text)'")
                && error.message.contains("virtual:2026-01-01T00:00:00Z")
        }
    }

    @Test("configurations build the clock they name")
    func makeClock() throws {
        let store = try SQLiteStateStore.inMemory()
        #expect(try ClockConfiguration.system.makeClock(store: nil) is SystemClock)
        #expect(try ClockConfiguration.virtual(start: t0).makeClock(store: nil).now() == t0)
        let scaled = try #require(try ClockConfiguration.scaled(factor: 60, origin: t0).makeClock(store: nil) as? ScaledClock)
        #expect(scaled.origin == t0 && scaled.factor == 60)
        let frozen = try ClockConfiguration.stored(base: t0).makeClock(store: store)
        #expect(frozen is StoredClock)
        #expect(frozen.now() == t0)
        #expect {
            _ = try ClockConfiguration.stored(base: nil).makeClock(store: nil)
        } throws: { ($0 as? StateError)?.code == "InvalidClockConfiguration" }
    }

    @Test("a persisted scaled clock keeps its origin in the store, so processes agree")
    func scaledOriginPersisted() throws {
        let directory = TemporaryDirectory()
        let first = try SQLiteStateStore(directory: directory.path)
        let a = try #require(try ClockConfiguration.scaled(factor: 60, origin: nil).makeClock(store: first) as? ScaledClock)
        let second = try SQLiteStateStore(directory: directory.path)
        let b = try #require(try ClockConfiguration.scaled(factor: 60, origin: nil).makeClock(store: second) as? ScaledClock)
        #expect(a.origin == b.origin)
        #expect(try second.readSetting(.clockScaledOrigin) == String(a.origin.timeIntervalSince1970))

        try StoredClock(store: second).advance(by: 60)
        try ClockConfiguration.resetPersistedTime(in: first)
        #expect(try second.readSetting(.clockScaledOrigin) == nil)
        #expect(try second.readSetting(.clockOffset) == nil)
    }

    @Test("a stored clock's offset is shared by two store instances on one file")
    func storedAcrossStores() throws {
        let directory = TemporaryDirectory()
        let base = VirtualClock(t0)
        let clockA = StoredClock(store: try SQLiteStateStore(directory: directory.path), base: base)
        let clockB = StoredClock(store: try SQLiteStateStore(directory: directory.path), base: base)
        #expect(clockA.now() == t0)

        #expect(try clockA.advance(by: 600) == t0.addingTimeInterval(600))
        #expect(clockB.now() == t0.addingTimeInterval(600), "the other instance sees the new time at once")
        try clockB.advance(by: 30)
        #expect(clockA.now() == t0.addingTimeInterval(630))

        try clockA.set(t0.addingTimeInterval(3600))
        #expect(clockB.now() == t0.addingTimeInterval(3600))
        base.advance(by: 1)
        #expect(clockB.now() == t0.addingTimeInterval(3601), "over a moving base, time keeps moving")

        try clockB.reset()
        #expect(clockA.now() == t0.addingTimeInterval(1))
        #expect(try clockA.currentOffset() == 0)
    }

    @Test("a stored clock can be read and advanced inside a transaction of its own store")
    func storedInsideTransaction() throws {
        let store = try SQLiteStateStore.inMemory()
        let clock = StoredClock(store: store, base: VirtualClock(t0))
        let seen = try store.write { state in
            try state.save(disk("d", at: clock.now()))
            try clock.advance(by: 5)
            return clock.now()
        }
        #expect(seen == t0.addingTimeInterval(5))
        #expect(clock.now() == t0.addingTimeInterval(5))
        let readInside = try store.read { _ in clock.now() }
        #expect(readInside == t0.addingTimeInterval(5))
    }
}
