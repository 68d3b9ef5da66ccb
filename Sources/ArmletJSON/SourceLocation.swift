/// Where something was written: a file, a 1-based line and a 1-based column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it (may be empty for inline text).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// A location in `file` at `line`, `column`.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers and linters print.
    public var description: String {
        file.isEmpty ? "\(line):\(column)" : "\(file):\(line):\(column)"
    }

    /// ARM's wording: "line 12 column 5".
    public var armPhrase: String { "line \(line) column \(column)" }
}
