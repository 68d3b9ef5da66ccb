/// The reader's cache of member-name lists: objects of one shape (every resource's `type`,
/// `apiVersion`, `name`, ...) share one array of keys instead of allocating their own.
///
/// Direct-mapped on a hash of the keys' hashes; only lists of ASCII names are shared, since for
/// them `==` is byte equality. A miss replaces the slot.
final class KeyListTable {
    private struct Slot {
        var hash: UInt64 = 0
        var keys: [String] = []
    }

    private static let slotCount = 256
    private var slots: [Slot]

    init() {
        slots = Array(repeating: Slot(), count: KeyListTable.slotCount)
    }

    /// Moves the keys from `base` to the top of `keys` (with their `hashes`) into an array, shared
    /// with an earlier object that had the same names in the same order.
    func take(_ keys: MoveStack<String>, hashes: MoveStack<UInt64>, from base: Int) -> [String] {
        let count = keys.count - base
        var combined = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        for i in base..<hashes.count {
            let hash = hashes[i]
            if hash & JSONScanner.compareAlways != 0 { return keys.popArray(from: base) }
            combined = (combined ^ hash) &* 0xFF51_AFD7_ED55_8CCD
            combined ^= combined >> 29
        }
        let index = Int(truncatingIfNeeded: combined) & (KeyListTable.slotCount - 1)
        return slots.withUnsafeMutableBufferPointer { slots in
            if slots[index].hash == combined, slots[index].keys.count == count,
               slots[index].keys.indices.allSatisfy({ slots[index].keys[$0] == keys[base + $0] }) {
                keys.truncate(to: base)
                return slots[index].keys
            }
            let list = keys.popArray(from: base)
            slots[index] = Slot(hash: combined, keys: list)
            return list
        }
    }
}
