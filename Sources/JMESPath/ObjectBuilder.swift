import ArmletJSON

/// Builds a ``JSONObject`` whose keys are compared case-sensitively, as JMESPath requires
/// (``JSONObject``'s own setter would merge `a` and `A`).
///
/// A repeated key replaces the earlier value and keeps the earlier position.
struct ObjectBuilder {
    private var keys: [String] = []
    private var values: [JSONValue] = []
    /// Key bytes → position, built once the object grows past a few members.
    private var positions: [[UInt8]: Int]? = nil

    init(capacity: Int = 0) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    mutating func set(_ key: String, _ value: JSONValue) {
        if let existing = position(of: key) {
            values[existing] = value
            return
        }
        keys.append(key)
        values.append(value)
        if positions != nil {
            positions?[Array(key.utf8)] = keys.count - 1
        } else if keys.count > 16 {
            var built: [[UInt8]: Int] = [:]
            for (i, k) in keys.enumerated() { built[Array(k.utf8)] = i }
            positions = built
        }
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[Array(key.utf8)] }
        return keys.firstIndex { Text.equal($0, key) }
    }

    func build() -> JSONObject {
        JSONObject(uniqueKeys: keys, values: values)
    }
}
