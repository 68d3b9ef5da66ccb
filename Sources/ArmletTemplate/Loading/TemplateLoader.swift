public import ArmletJSON
import Foundation

/// A template read from a file: the document, the decoded model and the non-error diagnostics.
public struct LoadedTemplate: Sendable {
    /// The path as given.
    public let path: String
    /// The parsed document (value and source map).
    public let document: ParsedDocument
    /// The decoded template.
    public let template: Template
    /// Warnings found while decoding (errors make ``TemplateLoader/load(path:)`` throw instead).
    public let diagnostics: [Diagnostic]
}

/// A file that could not be read at all.
public struct TemplateFileError: ArmletError, Equatable {
    public let code = "InvalidTemplate"
    public let message: String
    public var location: SourceLocation? { nil }

    /// An error about `path` with `reason`.
    public init(path: String, reason: String) {
        self.message = "Could not read the template file '\(path)': \(reason)."
    }
}

/// Loads templates from files for the CLI and tests.
public enum TemplateLoader {
    /// Reads, parses and decodes the template at `path` (`.json`, `.jsonc`, `.yaml`, `.yml`).
    ///
    /// Diagnostics name the file as `path` was written.
    /// - Throws: ``JSONReadError`` `FileNotFound` when there is no such file, ``TemplateFileError``
    ///   when it is not UTF-8 text, ``JSONReadError`` when the text
    ///   is not valid JSON, ``DiagnosticList`` when decoding finds errors (warnings included).
    public static func load(path: String) throws -> LoadedTemplate {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            guard FileManager.default.fileExists(atPath: path) else { throw JSONReadError.fileNotFound(path) }
            throw TemplateFileError(path: path, reason: "it is not UTF-8 text")
        }
        return try load(text: text, file: path)
    }

    /// Parses and decodes `text` as if read from `file` (the extension picks the reader).
    public static func load(text: String, file: String) throws -> LoadedTemplate {
        let document = try DocumentReader.read(text, file: file)
        let result = TemplateDecoder.decode(document, sourceSize: text.utf8.count)
        guard let template = result.template, !result.hasErrors else {
            throw DiagnosticList(result.diagnostics)
        }
        return LoadedTemplate(path: file, document: document, template: template, diagnostics: result.diagnostics)
    }

    /// Every diagnostic for `text` from `file`: the read error if the text does not parse, otherwise
    /// the decoder's diagnostics. Never throws; golden tests and `armlet template validate` use it.
    public static func diagnose(text: String, file: String) -> [Diagnostic] {
        do {
            let document = try DocumentReader.read(text, file: file)
            return TemplateDecoder.decode(document, sourceSize: text.utf8.count).diagnostics
        } catch {
            return [Diagnostic(code: error.code, message: error.message, location: error.location)]
        }
    }
}
