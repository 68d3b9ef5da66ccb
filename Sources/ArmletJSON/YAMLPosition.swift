import Yams

/// A 1-based line and column in YAML text (columns count Unicode scalars, as libyaml does).
///
/// Armlet's own copy of a Yams `Mark`, which cannot be created outside Yams.
struct YAMLPosition: Hashable, Sendable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of `mark`, or the start of the text when there is none.
    init(_ mark: Mark?) {
        self.init(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
