/// Reads JSON as Azure accepts it in a template file: `//` and `/* */` comments, and strings that
/// span lines. Records where every value was written.
///
/// Hand-written over raw UTF-8 bytes (no Foundation), so reading is fast and every value gets a
/// position; the values are ordinary ``JSONValue``s.
public enum JSONReader {
    /// The deepest nesting accepted; deeper documents are rejected rather than overflowing the stack.
    public static let maximumDepth = 512

    /// Reads `bytes` (UTF-8) from `file`, returning the value and its source map.
    /// - Throws: ``JSONReadError`` (`InvalidTemplate`) with the line and column of the first problem;
    ///   duplicate member names (compared ignoring case) are an error, as in ARM.
    public static func read(_ bytes: [UInt8], file: String = "") throws(JSONReadError) -> ParsedDocument {
        let result: Result<ParsedDocument, JSONReadError> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer, file: file, recordPositions: true)
            do throws(JSONReadError) {
                let value = try scanner.readDocument()
                return .success(ParsedDocument(value: value, sourceMap: scanner.sourceMap(root: value)))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads `text` from `file`.
    public static func read(_ text: String, file: String = "") throws(JSONReadError) -> ParsedDocument {
        try read(Array(text.utf8), file: file)
    }

    /// Reads only the value, without recording positions (for inline JSON such as CLI arguments).
    public static func value(_ text: String, file: String = "") throws(JSONReadError) -> JSONValue {
        let bytes = Array(text.utf8)
        let result: Result<JSONValue, JSONReadError> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer, file: file, recordPositions: false)
            do throws(JSONReadError) { return .success(try scanner.readDocument()) } catch { return .failure(error) }
        }
        return try result.get()
    }
}
