import Yams

/// Reads a template written as YAML: the same keys and structure as the JSON form, giving the
/// same ``JSONValue`` and a ``SourceMap`` that works exactly as the JSON reader's does.
///
/// Plain scalars resolve by the YAML 1.2 core schema: `yes`, `no`, `on` and `off` stay strings,
/// while `true`, `12`, `1.5`, `.inf` and `null` (or nothing) do not. Quoted and block scalars are
/// always strings, and an explicit tag (`!!str`, `!!int`, …) wins. Aliases resolve to the anchored
/// value (with the anchor's positions); merge keys (`<<`) and other tags are rejected.
public enum YAMLReader {
    /// Reads `text` from `file`, returning the value and its source map.
    /// - Throws: ``JSONReadError`` (`InvalidTemplate`) with a line and column: YAML syntax errors,
    ///   duplicate keys (ignoring case, at the second occurrence), more than one document, or an
    ///   empty document ("The template is empty").
    public static func read(_ text: String, file: String = "") throws(JSONReadError) -> ParsedDocument {
        var parsedText = text
        var edits = YAMLKeyEdits()
        var firstDuplicate: JSONReadError?
        // Each pass renames one exact duplicate that Yams refused, until Yams accepts the text.
        for _ in 0..<maximumRenamedKeys {
            let root: Node?
            do {
                root = try Parser(yaml: parsedText, resolver: .basic, encoding: .utf8).singleRoot()
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                let position = edits.original(YAMLPosition(context.mark))
                let key = duplicates.first ?? ""
                let duplicate = JSONReadError(YAMLNodeConverter.duplicateReason(key, written: key),
                                              location: position.location(in: file))
                firstDuplicate = firstDuplicate ?? duplicate
                if edits.renameKey(at: YAMLPosition(context.mark), in: &parsedText) { continue }
                throw firstDuplicate ?? duplicate
            } catch {
                throw YAMLSyntaxError.translate(error, text: parsedText, file: file, edits: edits)
            }
            let value = try document(root, file: file, edits: edits, valueLimit: valueLimit(for: text))
            // The edited text read cleanly yet Yams saw a duplicate: report what Yams saw.
            if let firstDuplicate { throw firstDuplicate }
            return value
        }
        throw firstDuplicate ?? JSONReadError(YAMLNodeConverter.duplicateReason("", written: ""),
                                              location: SourceLocation(file: file, line: 1, column: 1))
    }

    private static let maximumRenamedKeys = YAMLKeyEdits.capacity

    /// Aliases may repeat values, but not without bound ("billion laughs").
    private static func valueLimit(for text: String) -> Int {
        max(1_000_000, text.utf8.count * 4)
    }

    private static func document(_ root: Node?, file: String, edits: YAMLKeyEdits,
                                 valueLimit: Int) throws(JSONReadError) -> ParsedDocument {
        guard let root, !isEmptyDocument(root) else {
            let mark = YAMLPosition(root?.mark)
            throw JSONReadError("The template is empty", location: edits.original(mark).location(in: file))
        }
        var converter = YAMLNodeConverter(file: file, valueLimit: valueLimit, edits: edits)
        let value = try converter.convert(root)
        return ParsedDocument(value: value, sourceMap: converter.builder.build(file: file, root: value))
    }

    /// A document with no content at all (`---` alone, or only comments).
    private static func isEmptyDocument(_ root: Node) -> Bool {
        guard case .scalar(let scalar) = root else { return false }
        return scalar.string.isEmpty && scalar.style == .plain && scalar.tag.rawValue.isEmpty
    }
}
