/// Case-folded text hashes: the duplicate-key check compares integers, not strings, and the
/// ``StringTable`` finds repeated text by them.
extension JSONScanner {
    /// The hash bit of keys that must always be compared in full: keys outside ASCII (whose
    /// case folding is Unicode's) and keys written with escapes.
    static let compareAlways: UInt64 = 1 << 63

    /// A hash of the bytes `start..<end` in which ASCII letters of either case agree.
    ///
    /// Folding sets bit 5 of every byte, so some non-letters collide ('@' and '`'): equal hashes
    /// only make a full comparison necessary. Text holding non-ASCII bytes has ``compareAlways`` set.
    @inline(__always)
    func textHash(_ start: Int, _ end: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return JSONScanner.compareAlways }
        let raw = UnsafeRawPointer(base)
        var hash = UInt64(truncatingIfNeeded: end - start) &* 0x9E37_79B9_7F4A_7C15
        var high: UInt64 = 0
        var i = start
        while i + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            high |= word
            hash = (hash ^ (word | 0x2020_2020_2020_2020)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            i += 8
        }
        if i < end {
            let remaining = end - i
            var word: UInt64
            if end >= 8 {
                // The last eight bytes of the text (or before it), shifted to keep the tail only.
                word = raw.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self) >> UInt64(64 - 8 * remaining)
            } else {
                word = 0
                var shift: UInt64 = 0
                while i < end {
                    word |= UInt64(base[i]) << shift
                    shift += 8
                    i += 1
                }
            }
            high |= word
            hash = (hash ^ (word | 0x2020_2020_2020_2020)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
        }
        if high & 0x8080_8080_8080_8080 != 0 { return hash | JSONScanner.compareAlways }
        return hash & ~JSONScanner.compareAlways
    }
}
