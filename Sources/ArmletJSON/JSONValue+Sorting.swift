extension JSONValue {
    /// This value with every object's members sorted by key, by Unicode code point, as Python's
    /// `json.dumps(sort_keys=True)` orders them (the Azure CLI's JSON output).
    public func sortedByKey() -> JSONValue {
        switch self {
        case .array(let elements):
            return .array(elements.map { $0.sortedByKey() })
        case .object(let object):
            let members = zip(object.keys, object.values)
                .sorted { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }
            return .object(JSONObject(uniqueKeys: members.map(\.0), values: members.map { $0.1.sortedByKey() }))
        default:
            return self
        }
    }
}
