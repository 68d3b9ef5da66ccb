import Yams

/// Turns the errors Yams throws into ``JSONReadError``s at the line and column Yams reports.
enum YAMLSyntaxError {
    static func translate(_ error: any Error, text: String, file: String, edits: YAMLKeyEdits) -> JSONReadError {
        func at(_ mark: Mark) -> SourceLocation {
            edits.original(YAMLPosition(mark)).location(in: file)
        }
        guard let error = error as? YamlError else {
            return JSONReadError("Invalid YAML: \(error)", location: SourceLocation(file: file, line: 1, column: 1))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem == "but found another document" {
                return JSONReadError("A template must be a single YAML document, but another document starts",
                                     location: at(mark))
            }
            var reason = "Invalid YAML: \(problem)"
            if let context {
                let start = edits.original(YAMLPosition(context.mark))
                reason += " (\(context.text) started at line \(start.line) column \(start.column))"
            }
            return JSONReadError(reason, location: at(mark))
        case .reader(let problem, let offset, _, _):
            return JSONReadError("Invalid YAML text: \(problem)",
                                 location: location(ofCharacterOffset: offset ?? 0, in: text, file: file))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            return JSONReadError(YAMLNodeConverter.duplicateReason(key, written: key), location: at(context.mark))
        default:
            return JSONReadError("Invalid YAML: \(error)", location: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// Yams reports reader errors as a count of characters from the start of the text.
    private static func location(ofCharacterOffset offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
