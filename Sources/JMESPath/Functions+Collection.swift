import ArmletJSON

/// keys, values, merge, not_null, to_array, map, sort, sort_by, max_by, min_by.
extension Function {
    func callCollection(_ arguments: [Argument]) throws(JMESPathError) -> JSONValue {
        let first = arguments[0].value
        switch self {
        case .keys:
            return .array((first.objectValue?.keys ?? []).map(JSONValue.string))
        case .values:
            return .array(first.objectValue?.values ?? [])
        case .merge:
            var builder = ObjectBuilder()
            for argument in arguments {
                guard let object = argument.value.objectValue else { continue }
                for (key, value) in zip(object.keys, object.values) { builder.set(key, value) }
            }
            return .object(builder.build())
        case .notNull:
            return arguments.lazy.map(\.value).first { !$0.isNull } ?? .null
        case .toArray:
            if case .array = first { return first }
            return .array([first])
        case .map:
            let expression = arguments[0].expression
            var results: [JSONValue] = []
            for element in arguments[1].value.arrayValue ?? [] { results.append(try expression.evaluate(element)) }
            return .array(results)
        case .sort:
            let elements = first.arrayValue ?? []
            return .array(elements.sorted { Values.compareOrderable($0, $1) ?? 0 < 0 })
        case .sortBy:
            let elements = first.arrayValue ?? []
            let keys = try sortKeys(elements, arguments[1].expression)
            let order = elements.indices.sorted { a, b in
                let c = Values.compareOrderable(keys[a], keys[b]) ?? 0
                return c != 0 ? c < 0 : a < b
            }
            return .array(order.map { elements[$0] })
        case .maxBy, .minBy:
            let elements = first.arrayValue ?? []
            let keys = try sortKeys(elements, arguments[1].expression)
            guard var best = keys.indices.first else { return .null }
            for i in keys.indices.dropFirst() {
                let c = Values.compareOrderable(keys[i], keys[best]) ?? 0
                if self == .maxBy ? c > 0 : c < 0 { best = i }
            }
            return elements[best]
        default:
            return .null
        }
    }

    /// The key of each element under `expression`: all numbers or all strings, else an error.
    private func sortKeys(_ elements: [JSONValue], _ expression: Node) throws(JMESPathError) -> [JSONValue] {
        var keys: [JSONValue] = []
        keys.reserveCapacity(elements.count)
        var wantsString: Bool? = nil
        for element in elements {
            let key = try expression.evaluate(element)
            let isString: Bool
            switch key {
            case .string: isString = true
            case .int, .double: isString = false
            default:
                throw Signature.typeError(self, argument: .value(key), expected: ["number", "string"])
            }
            if let wantsString, wantsString != isString {
                throw Signature.typeError(
                    self, argument: .value(key), expected: [wantsString ? "string" : "number"])
            }
            wantsString = isString
            keys.append(key)
        }
        return keys
    }
}
