import Foundation

/// The two text forms of a template or parameters file.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case json, yaml

    /// The form a path's extension names: `.yaml`/`.yml` are YAML, everything else JSON (JSONC).
    public init(path: String) {
        let lower = path.lowercased()
        self = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") ? .yaml : .json
    }
}

/// Reads a template or parameters file from disk in the form its extension names.
public enum DocumentReader {
    /// Reads `path`, as JSON or YAML by extension, naming it `displayName` (default: the path as given)
    /// in locations.
    /// - Throws: ``JSONReadError`` for unreadable files (code `InvalidTemplate`, or `FileNotFound`)
    ///   and for syntax errors, with their line and column.
    public static func read(path: String, displayName: String? = nil) throws(JSONReadError) -> ParsedDocument {
        let name = displayName ?? path
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw JSONReadError.fileNotFound(path)
        }
        return try read(bytes: [UInt8](data), format: DocumentFormat(path: path), file: name)
    }

    /// Reads `text` that came from `file`, as YAML when the name ends in `.yaml`/`.yml`, else as JSON.
    public static func read(_ text: String, file: String) throws(JSONReadError) -> ParsedDocument {
        switch DocumentFormat(path: file) {
        case .json: return try JSONReader.read(text, file: file)
        case .yaml: return try YAMLReader.read(text, file: file)
        }
    }

    /// Reads text already in memory in `format`.
    public static func read(bytes: [UInt8], format: DocumentFormat, file: String) throws(JSONReadError) -> ParsedDocument {
        switch format {
        case .json: return try JSONReader.read(bytes, file: file)
        case .yaml: return try YAMLReader.read(String(decoding: bytes, as: UTF8.self), file: file)
        }
    }
}

extension JSONReadError {
    /// The error for a file that cannot be opened.
    public static func fileNotFound(_ path: String) -> JSONReadError {
        var error = JSONReadError(code: "FileNotFound", "", location: SourceLocation(file: path, line: 1, column: 1))
        error.message = "Could not read the file '\(path)': it does not exist or is not readable."
        error.location = nil
        return error
    }
}
