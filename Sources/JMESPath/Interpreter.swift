import ArmletJSON

extension Node {
    /// The result of this expression applied to `value`.
    func evaluate(_ value: JSONValue) throws(JMESPathError) -> JSONValue {
        switch self {
        case .current:
            return value
        case .field(let name):
            guard case .object(let object) = value else { return .null }
            return Text.member(name, of: object) ?? .null
        case .index(let index):
            guard case .array(let elements) = value else { return .null }
            let position = index < 0 ? elements.count + index : index
            return elements.indices.contains(position) ? elements[position] : .null
        case .slice(let start, let stop, let step):
            guard case .array(let elements) = value else { return .null }
            return .array(try Slice.apply(elements, start: start, stop: stop, step: step))
        case .literal(let literal):
            return literal
        case .subexpression(let left, let right), .pipe(let left, let right):
            return try right.evaluate(try left.evaluate(value))
        case .listProjection(let left, let right):
            guard case .array(let elements) = try left.evaluate(value) else { return .null }
            return .array(try Node.project(elements, through: right))
        case .valueProjection(let left, let right):
            guard case .object(let object) = try left.evaluate(value) else { return .null }
            return .array(try Node.project(object.values, through: right))
        case .filterProjection(let left, let condition, let right):
            guard case .array(let elements) = try left.evaluate(value) else { return .null }
            var kept: [JSONValue] = []
            for element in elements where Values.isTruthy(try condition.evaluate(element)) {
                let projected = try right.evaluate(element)
                if !projected.isNull { kept.append(projected) }
            }
            return .array(kept)
        case .flatten(let inner):
            guard case .array(let elements) = try inner.evaluate(value) else { return .null }
            var flat: [JSONValue] = []
            flat.reserveCapacity(elements.count)
            for element in elements {
                if case .array(let nested) = element {
                    flat.append(contentsOf: nested)
                } else {
                    flat.append(element)
                }
            }
            return .array(flat)
        case .multiselectList(let items):
            if value.isNull { return .null }
            var results: [JSONValue] = []
            results.reserveCapacity(items.count)
            for item in items { results.append(try item.evaluate(value)) }
            return .array(results)
        case .multiselectHash(let entries):
            if value.isNull { return .null }
            var builder = ObjectBuilder(capacity: entries.count)
            for entry in entries { builder.set(entry.key, try entry.value.evaluate(value)) }
            return .object(builder.build())
        case .or(let left, let right):
            let first = try left.evaluate(value)
            return Values.isTruthy(first) ? first : try right.evaluate(value)
        case .and(let left, let right):
            let first = try left.evaluate(value)
            return Values.isTruthy(first) ? try right.evaluate(value) : first
        case .not(let inner):
            return .bool(!Values.isTruthy(try inner.evaluate(value)))
        case .comparison(let comparator, let left, let right):
            return comparator.apply(try left.evaluate(value), try right.evaluate(value))
        case .function(let function, let arguments):
            var values: [Argument] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments {
                if case .expressionReference(let reference) = argument {
                    values.append(.expression(reference))
                } else {
                    values.append(.value(try argument.evaluate(value)))
                }
            }
            return try function.call(values)
        case .expressionReference:
            // Only meaningful as a function argument, where `.function` passes it unevaluated.
            return .null
        }
    }

    /// `right` applied to each element, dropping the `null` results.
    private static func project(_ elements: [JSONValue], through right: Node) throws(JMESPathError) -> [JSONValue] {
        if case .current = right { return elements.filter { !$0.isNull } }
        var results: [JSONValue] = []
        results.reserveCapacity(elements.count)
        for element in elements {
            let projected = try right.evaluate(element)
            if !projected.isNull { results.append(projected) }
        }
        return results
    }
}

extension Comparator {
    /// Equality compares any two values; ordering compares only numbers and is `null` otherwise.
    func apply(_ left: JSONValue, _ right: JSONValue) -> JSONValue {
        switch self {
        case .equal: return .bool(Values.equal(left, right))
        case .notEqual: return .bool(!Values.equal(left, right))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let order = Values.compareNumbers(left, right) else { return .null }
            switch self {
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        }
    }
}
