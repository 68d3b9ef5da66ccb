import ArmletCore
import ArmletJSON
import Foundation

/// An ``ARMError`` as the `armError` template shows it: code, message, target, the template
/// position (from the error's location or its `TemplateViolation` entry) with the quoted line of
/// `source`, and the details, to a bounded depth.
enum PortalErrorView {
    /// How deep details are shown.
    static let maximumDepth = 6

    /// The model of `error`; `source` is the template text the positions point into.
    static func model(_ error: ARMError, source: String?, depth: Int = 0) -> [String: Any] {
        let lines = source.map { $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) }
        return model(error, lines: lines, depth: depth)
    }

    private static func model(_ error: ARMError, lines: [Substring]?, depth: Int) -> [String: Any] {
        let position = self.position(error)
        let details = depth < maximumDepth ? error.details.map { model($0, lines: lines, depth: depth + 1) } : []
        var quoted: Any = false
        if let position, let lines, position.line >= 1, position.line <= lines.count {
            quoted = String(lines[position.line - 1].trimmingCharacters(in: .whitespaces).prefix(300))
        }
        return [
            "code": error.code, "message": error.message, "target": orFalse(error.target),
            "line": orFalse(position?.line), "column": orFalse(position?.column),
            "path": orFalse(position?.path ?? nil), "source": quoted,
            "hasDetails": !details.isEmpty, "details": details,
        ]
    }

    /// `value`, or `false` when absent: a key present with `false` stops Mustache from looking the
    /// name up in an enclosing error.
    static func orFalse(_ value: Any?) -> Any { value ?? false }

    /// Where in the template `error` points: its location, else its `TemplateViolation` entry.
    static func position(_ error: ARMError) -> (line: Int, column: Int, path: String?)? {
        if let location = error.location { return (location.line, location.column, nil) }
        for entry in error.additionalInfo where entry["type"]?.stringValue == "TemplateViolation" {
            if let line = entry["info"]?["lineNumber"]?.intValue, line > 0 {
                let path = entry["info"]?["path"]?.stringValue
                return (Int(line), Int(entry["info"]?["linePosition"]?.intValue ?? 0), path?.isEmpty == false ? path : nil)
            }
        }
        return nil
    }
}
