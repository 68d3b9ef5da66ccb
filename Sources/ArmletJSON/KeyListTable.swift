/// The reader's cache of member-name lists: objects of one shape (every resource's `type`,
/// `apiVersion`, `name`, ...) share one array of keys instead of allocating their own.
///
/// Direct-mapped on a hash of the keys' hashes; a miss replaces the slot.
final class KeyListTable {
    private struct Slot {
        var hash: UInt64 = 0
        var keys: [String] = []
    }

    private static let slotCount = 256
    @exclusivity(unchecked) private var slots: [Slot]

    init() {
        slots = Array(repeating: Slot(), count: KeyListTable.slotCount)
    }

    /// The hash of a list of names whose hash so far is `list`, extended with a name hashed `key`.
    @inline(__always)
    static func combine(_ list: UInt64, _ key: UInt64) -> UInt64 {
        let mixed = (list ^ key) &* 0xFF51_AFD7_ED55_8CCD
        return mixed ^ (mixed >> 29)
    }

    /// Moves the keys from `base` to the top of `keys` into an array, shared with an earlier object
    /// that had the same names in the same order; `hash` is the names' ``combine(_:_:)``, and the
    /// names are ASCII (for which `==` is byte equality).
    func take(_ keys: MoveStack<String>, from base: Int, hash: UInt64) -> [String] {
        let count = keys.count - base
        let index = Int(truncatingIfNeeded: hash) & (KeyListTable.slotCount - 1)
        return slots.withUnsafeMutableBufferPointer { slots in
            if slots[index].hash == hash, slots[index].keys.count == count,
               slots[index].keys.indices.allSatisfy({ slots[index].keys[$0] == keys[base + $0] }) {
                keys.truncate(to: base)
                return slots[index].keys
            }
            let list = keys.popArray(from: base)
            slots[index] = Slot(hash: hash, keys: list)
            return list
        }
    }
}
