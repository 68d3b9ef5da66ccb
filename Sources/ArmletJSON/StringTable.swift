/// The reader's cache of member names: a name that a document repeats is built once and shared,
/// instead of allocated and validated again each time. (Caching values too was measured: slower.)
///
/// A direct-mapped cache over the document's own bytes: each slot remembers where its text
/// was written, so a hit is one hash comparison and one comparison of the bytes; a miss replaces the slot.
final class StringTable {
    private struct Slot {
        var hash: UInt64 = 0
        var start: Int = 0
        var length: Int = -1
        var text: String = ""
    }

    /// Strings longer than this are not cached (hashing them costs more than a hit saves).
    static let maximumLength = 256
    private static let slotCount = 256
    @exclusivity(unchecked) private var slots: [Slot]

    init() {
        slots = Array(repeating: Slot(), count: StringTable.slotCount)
    }

    /// The text of `bytes[start..<end]` (UTF-8 without escapes) whose hash is `hash`.
    @inline(__always)
    func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64) -> String {
        let length = end - start
        let index = Int(truncatingIfNeeded: hash) & (StringTable.slotCount - 1)
        return slots.withUnsafeMutableBufferPointer { slots in
            let slot = slots[index]
            if slot.hash == hash, slot.length == length, let base = bytes.baseAddress,
               StringTable.equal(UnsafeRawPointer(base), slot.start, start, length) {
                return slot.text
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            slots[index] = Slot(hash: hash, start: start, length: length, text: text)
            return text
        }
    }

    /// Whether the `length` bytes at offsets `a` and `b` of `base` are the same.
    @inline(__always)
    static func equal(_ base: UnsafeRawPointer, _ a: Int, _ b: Int, _ length: Int) -> Bool {
        var i = 0
        while i + 8 <= length {
            if base.loadUnaligned(fromByteOffset: a + i, as: UInt64.self)
                != base.loadUnaligned(fromByteOffset: b + i, as: UInt64.self) { return false }
            i += 8
        }
        while i < length {
            if base.load(fromByteOffset: a + i, as: UInt8.self) != base.load(fromByteOffset: b + i, as: UInt8.self) {
                return false
            }
            i += 1
        }
        return true
    }
}
