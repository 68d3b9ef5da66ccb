import Yams

/// Turns a composed Yams node tree into a ``JSONValue``, recording every value's and key's mark
/// in a ``SourceMapBuilder`` in document order.
///
/// Yams has already replaced aliases by the anchored node, so an alias's positions are those of
/// the anchor it names. Keys are always strings; duplicate keys (ignoring case) are an error.
struct YAMLNodeConverter {
    let file: String
    /// How many values may be built before alias expansion is treated as an attack.
    let valueLimit: Int
    /// Edits made to the text to locate duplicate keys, undone on every position and key.
    let edits: YAMLKeyEdits
    private(set) var builder = SourceMapBuilder()

    init(file: String, valueLimit: Int, edits: YAMLKeyEdits = YAMLKeyEdits()) {
        self.file = file
        self.valueLimit = valueLimit
        self.edits = edits
    }

    mutating func convert(_ node: Node) throws(JSONReadError) -> JSONValue {
        try convert(node, keyMark: nil, depth: 0)
    }

    private mutating func convert(_ node: Node, keyMark: YAMLPosition?, depth: Int) throws(JSONReadError) -> JSONValue {
        let mark = edits.original(YAMLPosition(node.mark))
        let id = builder.begin(line: mark.line, column: mark.column,
                               keyLine: keyMark?.line ?? 0, keyColumn: keyMark?.column ?? 0)
        guard id < valueLimit else {
            throw JSONReadError("The YAML aliases expand to more than \(valueLimit) values", location: location(mark))
        }
        // The same limit as the JSON reader (libyaml's own stops at 1000).
        if depth > JSONReader.maximumDepth {
            throw JSONReadError("The YAML content is nested more than \(JSONReader.maximumDepth) levels deep",
                                location: location(mark))
        }
        let value: JSONValue
        switch node {
        case .scalar(let scalar):
            value = try self.scalar(scalar, at: mark)
        case .sequence(let sequence):
            try checkCollectionTag(sequence.tag, expected: .seq, at: mark)
            var elements: [JSONValue] = []
            elements.reserveCapacity(sequence.count)
            for element in sequence {
                elements.append(try convert(element, keyMark: nil, depth: depth + 1))
            }
            value = .array(elements)
        case .mapping(let mapping):
            try checkCollectionTag(mapping.tag, expected: .map, at: mark)
            var object = JSONObject()
            for (keyNode, valueNode) in mapping {
                let rawKeyMark = keyNode.mark.map(YAMLPosition.init) ?? mark
                let keyMark = edits.original(rawKeyMark)
                let key = edits.originalKey(try self.key(keyNode, at: keyMark), at: rawKeyMark)
                if let written = object.writtenKey(for: key) {
                    throw JSONReadError(YAMLNodeConverter.duplicateReason(key, written: written), location: location(keyMark))
                }
                object.appendUnchecked(key, try convert(valueNode, keyMark: keyMark, depth: depth + 1))
            }
            value = .object(object)
        case .alias:
            // The Yams parser resolves aliases while composing; a bare alias node cannot occur.
            throw JSONReadError("Unresolved YAML alias", location: location(mark))
        }
        builder.end(id)
        return value
    }

    /// The same wording as the JSON reader's.
    static func duplicateReason(_ key: String, written: String) -> String {
        let sameCase = written == key ? "" : " (as '\(written)')"
        return "Duplicate property '\(key)': the name was already used\(sameCase) in this object; "
            + "property names are compared ignoring case"
    }

    private func key(_ node: Node, at mark: YAMLPosition) throws(JSONReadError) -> String {
        guard case .scalar(let scalar) = node else {
            throw JSONReadError("A property name must be a string, not a YAML collection", location: location(mark))
        }
        // Only the style tells a merge key from a string: Yams's duplicate check resolves key tags.
        if scalar.string == "<<", scalar.style == .plain {
            throw JSONReadError("YAML merge keys ('<<') are not supported in templates; write the properties out",
                                location: location(mark))
        }
        return scalar.string
    }

    private func scalar(_ scalar: Node.Scalar, at mark: YAMLPosition) throws(JSONReadError) -> JSONValue {
        let text = scalar.string
        switch scalar.tag.rawValue {
        case "":
            return scalar.style == .plain || scalar.style == .any ? YAMLCoreSchema.resolvePlain(text) : .string(text)
        case "!", Tag.Name.str.rawValue:
            return .string(text)
        case Tag.Name.null.rawValue:
            if let value = YAMLCoreSchema.null(text) { return value }
        case Tag.Name.bool.rawValue:
            if let value = YAMLCoreSchema.bool(text) { return .bool(value) }
        case Tag.Name.int.rawValue:
            if let value = YAMLCoreSchema.integer(text) { return value }
        case Tag.Name.float.rawValue:
            if let value = YAMLCoreSchema.float(text) { return .double(value) }
            if case .int(let i)? = YAMLCoreSchema.integer(text) { return .double(Double(i)) }
        default:
            throw JSONReadError("The YAML tag '\(scalar.tag.rawValue)' is not supported in templates",
                                location: location(mark))
        }
        throw JSONReadError("'\(text)' is not a valid value for the YAML tag '\(scalar.tag.rawValue)'",
                            location: location(mark))
    }

    private func checkCollectionTag(_ tag: Tag, expected: Tag.Name, at mark: YAMLPosition) throws(JSONReadError) {
        let name = tag.rawValue
        guard name.isEmpty || name == "!" || name == expected.rawValue else {
            throw JSONReadError("The YAML tag '\(name)' is not supported in templates", location: location(mark))
        }
    }

    private func location(_ mark: YAMLPosition) -> SourceLocation {
        mark.location(in: file)
    }
}
