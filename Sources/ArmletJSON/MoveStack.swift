/// The reader's scratch stack: values are moved in as they are read and the top ones moved out
/// into an exactly sized array when their container closes.
///
/// Copying a slice of an `Array` and then removing it costs a retain and a release per element;
/// moving costs neither, and the stack's storage is reused for the whole document.
///
/// Its properties are not checked for exclusive access at run time: a stack never leaves the
/// scanner that owns it, and checking every push and pop cost a read more than one percent.
final class MoveStack<Element> {
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<Element>
    @exclusivity(unchecked) private var capacity: Int
    /// The number of elements on the stack.
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 16) {
        self.capacity = max(capacity, 4)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Pushes `element`.
    @inline(__always)
    func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// The element at `index` (below ``count``).
    @inline(__always)
    subscript(index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// Moves the elements from `start` to the top into a new array, leaving `start` elements.
    func popArray(from start: Int) -> [Element] {
        let moved = count - start
        guard moved > 0 else { return [] }
        if _isPOD(Element.self) {
            // Plain data: one block copy (what is left behind needs no deinitialization).
            let array = Array(UnsafeBufferPointer(start: storage + start, count: moved))
            count = start
            return array
        }
        var array: [Element] = []
        array.reserveCapacity(moved)
        for i in start..<count { array.append((storage + i).move()) }
        count = start
        return array
    }

    /// Drops the elements from `start` to the top.
    @inline(__always)
    func truncate(to start: Int) {
        (storage + start).deinitialize(count: count - start)
        count = start
    }

    private func grow() {
        let larger = capacity * 2
        let moved = UnsafeMutablePointer<Element>.allocate(capacity: larger)
        moved.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = larger
    }
}
