import ArmletJSON

/// Array slicing as the specification defines it (Python's rules, negative steps included).
enum Slice {
    static func apply(_ elements: [JSONValue], start: Int?, stop: Int?, step: Int?) throws(JMESPathError) -> [JSONValue] {
        let step = step ?? 1
        guard step != 0 else { throw JMESPathError(.invalidValue, "slice step cannot be 0") }
        let count = elements.count
        let from = start.map { clamp($0, count: count, step: step) } ?? (step < 0 ? count - 1 : 0)
        let to = stop.map { clamp($0, count: count, step: step) } ?? (step < 0 ? -1 : count)
        var result: [JSONValue] = []
        var i = from
        while step > 0 ? i < to : i > to {
            result.append(elements[i])
            let (next, overflow) = i.addingReportingOverflow(step)
            if overflow { break }
            i = next
        }
        return result
    }

    private static func clamp(_ bound: Int, count: Int, step: Int) -> Int {
        if bound < 0 {
            let adjusted = bound + count
            return adjusted < 0 ? (step < 0 ? -1 : 0) : adjusted
        }
        return bound >= count ? (step < 0 ? count - 1 : count) : bound
    }
}
