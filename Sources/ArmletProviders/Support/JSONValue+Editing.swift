import ArmletJSON

extension JSONValue {
    /// The value at the dotted member `path` (`properties.creationData.sourceResourceId`), keys ignoring case.
    func value(at path: String) -> JSONValue? {
        var current: JSONValue? = self
        for key in path.split(separator: ".") { current = current?[String(key)] }
        return current
    }

    /// The string at `path`, when there is one.
    func string(at path: String) -> String? { value(at: path)?.stringValue }

    /// The integer at `path`, accepting a whole double as JSON producers sometimes write it.
    func int(at path: String) -> Int64? {
        switch value(at: path) {
        case .int(let i)?: i
        case .double(let d)? where d.rounded() == d && abs(d) < 9e15: Int64(d)
        default: nil
        }
    }

    /// The boolean at `path`, when there is one.
    func bool(at path: String) -> Bool? { value(at: path)?.boolValue }

    /// Sets (or with `nil` removes) the member at the dotted `path`, creating objects on the way.
    mutating func set(_ newValue: JSONValue?, at path: String) {
        set(newValue, along: path.split(separator: ".").map(String.init)[...])
    }

    private mutating func set(_ newValue: JSONValue?, along keys: ArraySlice<String>) {
        guard let first = keys.first else {
            self = newValue ?? .null
            return
        }
        var object = objectValue ?? JSONObject()
        if keys.count == 1 {
            object[first] = newValue
        } else {
            var child = object[first] ?? .object(JSONObject())
            if child.objectValue == nil { child = .object(JSONObject()) }
            child.set(newValue, along: keys.dropFirst())
            object[first] = child
        }
        self = .object(object)
    }

    /// An empty JSON object.
    static var emptyObject: JSONValue { .object(JSONObject()) }
}
