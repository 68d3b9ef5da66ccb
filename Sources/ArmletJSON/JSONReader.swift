/// Reads JSON as Azure accepts it in a template file: `//` and `/* */` comments, and strings that
/// span lines. Records where every value was written.
public enum JSONReader {
    /// Reads `bytes` (UTF-8) from `file`, returning the value and its source map.
    /// - Throws: ``JSONReadError`` (`InvalidTemplate`) with the line and column of the first problem;
    ///   duplicate member names are an error, as in ARM.
    public static func read(_ bytes: [UInt8], file: String = "") throws(JSONReadError) -> ParsedDocument {
        throw JSONReadError("Not implemented yet", location: SourceLocation(file: file, line: 1, column: 1))
    }

    /// Reads `text` from `file`.
    public static func read(_ text: String, file: String = "") throws(JSONReadError) -> ParsedDocument {
        try read(Array(text.utf8), file: file)
    }
}
