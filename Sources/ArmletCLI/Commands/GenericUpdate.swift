import ArmletJSON

/// The Azure CLI's generic update arguments (`--set`, `--add`, `--remove`) applied to the printed
/// (flattened) shape of a resource.
///
/// Paths are dotted member names (`tags.env`, `sku.name`, `diskSizeGB`); a value is read as JSON when
/// it parses as JSON, else as a string — as the CLI's `--set key=value` does.
enum GenericUpdate {
    /// `--set a.b=value`.
    static func set(_ assignment: String, in value: inout JSONValue) throws {
        guard let equals = assignment.firstIndex(of: "=") else {
            throw AzureCLIFailure(text: "usage error: --set property.path=value", exitCode: 2)
        }
        let path = components(String(assignment[..<equals]))
        let text = String(assignment[assignment.index(after: equals)...])
        update(&value, along: path[...]) { _ in parse(text) }
    }

    /// `--add a.b value`: appends to the list at the path.
    static func add(_ arguments: [String], in value: inout JSONValue) throws {
        guard let pathText = arguments.first, arguments.count > 1 else {
            throw AzureCLIFailure(text: "usage error: --add property.listProperty <key=value, string or JSON string>",
                                  exitCode: 2)
        }
        let items = arguments.dropFirst().map(parse)
        update(&value, along: components(pathText)[...]) { existing in
            if case .array(let list)? = existing { return .array(list + items) }
            return .array(items)
        }
    }

    /// `--remove a.b [index]`: removes a member, or an item of the list at the path.
    static func remove(_ arguments: [String], in value: inout JSONValue) throws {
        guard let pathText = arguments.first else {
            throw AzureCLIFailure(text: "usage error: --remove property.list <indexToRemove> OR --remove propertyToRemove",
                                  exitCode: 2)
        }
        var path = components(pathText)
        if arguments.count > 1, let index = Int(arguments[1]) {
            update(&value, along: path[...]) { existing in
                guard case .array(var list)? = existing, list.indices.contains(index) else { return existing }
                list.remove(at: index)
                return .array(list)
            }
            return
        }
        guard let last = path.popLast() else { return }
        update(&value, along: path[...]) { existing in
            guard case .object(var object)? = existing else { return existing }
            object[last] = nil
            return .object(object)
        }
    }

    private static func components(_ path: String) -> [String] {
        path.split(separator: ".").map(String.init)
    }

    private static func parse(_ text: String) -> JSONValue {
        if let parsed = try? JSONReader.value(text) { return parsed }
        return .string(text)
    }

    private static func update(_ value: inout JSONValue, along path: ArraySlice<String>,
                               _ change: (JSONValue?) -> JSONValue?) {
        guard let key = path.first else {
            value = change(value) ?? .null
            return
        }
        var object = value.objectValue ?? JSONObject()
        if path.count == 1 {
            object[key] = change(object[key])
        } else {
            var child = object[key] ?? .object(JSONObject())
            if case .null = child { child = .object(JSONObject()) }
            update(&child, along: path.dropFirst(), change)
            object[key] = child
        }
        value = .object(object)
    }
}
