import ArmletJSON

/// Object functions (`contains`, `empty`, `intersection`, `length`, `union`, `tryGet` live with the
/// array family, which handles objects too).
enum ObjectFunctions {
    static let all: [TemplateFunction] = .family(
        TemplateFunction("createObject", atLeast: 0) { call, a in
            guard a.count % 2 == 0 else {
                throw call.failure("the function requires an even number of parameters; \(a.count) were provided.")
            }
            var o = JSONObject()
            var i = 0
            while i < a.count {
                o[try call.string(a, i)] = a[i + 1]
                i += 2
            }
            return .object(o)
        },
        TemplateFunction("items", arguments: 1...1) { call, a in
            let o = try call.object(a, 0)
            let sorted = o.members.sorted { lhs, rhs in
                let l = lhs.key.lowercased(), r = rhs.key.lowercased()
                return l == r ? lhs.key < rhs.key : l < r
            }
            return .array(sorted.map { ["key": .string($0.key), "value": $0.value] })
        },
        TemplateFunction("json", arguments: 1...1) { call, a in
            switch a[0] {
            case .null: return .null
            case .string(let s):
                do {
                    return try LenientJSONParser.parse(s)
                } catch {
                    throw call.failure("the string '\(s)' is not valid JSON.")
                }
            default: throw call.typeError(a[0], at: 0, of: 1, expected: "of type 'String'")
            }
        },
        TemplateFunction("null", arguments: 0...0) { _, _ in .null },
        TemplateFunction("objectKeys", arguments: 1...1) { call, a in
            .array(try call.object(a, 0).keys.map { .string($0) })
        },
        TemplateFunction("shallowMerge", arguments: 1...1) { call, a in
            var result = JSONObject()
            for element in try call.array(a, 0) {
                switch element {
                case .object(let o): for (k, v) in o { result[k] = v }
                case .null: continue
                default: throw call.failure("every element must be an object; found '\(element.typeName)'.")
                }
            }
            return .object(result)
        }
    )
}
