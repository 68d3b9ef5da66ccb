import ArmletJSON

/// Reads template or parameter text into a ``ParsedDocument``, choosing the reader by file extension.
///
/// `.yaml` and `.yml` go to ``YAMLReader``; everything else (`.json`, `.jsonc`, no extension) is
/// read as JSON with comments.
public enum DocumentReader {
    /// Whether `path` names a YAML file.
    public static func isYAML(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    /// Reads `text` that came from `file`.
    /// - Throws: ``JSONReadError`` (`InvalidTemplate`) with the position of the first problem.
    public static func read(_ text: String, file: String) throws(JSONReadError) -> ParsedDocument {
        if isYAML(file) {
            return try YAMLReader.read(text, file: file)
        }
        return try JSONReader.read(text, file: file)
    }
}
