import ArmletCore
import Testing

@Suite struct BoundedCacheTests {
    @Test func itEmptiesItselfRatherThanGrow() {
        let cache = BoundedCache<String, Int>(limit: 3, byteLimit: 9) { $0.utf8.count }
        cache.store(1, for: "a")
        cache.store(2, for: "b")
        cache.store(3, for: "c")
        #expect(cache.count == 3 && cache["b"] == 2)
        cache.store(4, for: "d")
        #expect(cache.count == 1 && cache["a"] == nil && cache["d"] == 4, "full by count: emptied first")
        cache.store(5, for: "123456789")
        #expect(cache.count == 1 && cache["d"] == nil && cache["123456789"] == 5, "full by bytes: emptied first")
        cache.store(6, for: "123456789")
        #expect(cache.count == 1 && cache["123456789"] == 6)
    }
}
