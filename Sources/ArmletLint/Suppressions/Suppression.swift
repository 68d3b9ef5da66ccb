import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// An inline suppression comment: `// armlet-disable-next-line rule-id [rule-id...]` silences those
/// rules on the next line that holds something other than comments; `// armlet-disable-file rule-id`
/// silences them in the whole file. Text after ` -- ` is a justification and is ignored. YAML files
/// use `#` comments with the same words.
package struct Suppression: Sendable, Hashable {
    /// The two forms.
    package enum Kind: String, Sendable, Hashable {
        case nextLine = "armlet-disable-next-line"
        case file = "armlet-disable-file"
    }

    /// Which form.
    package let kind: Kind
    /// The rule ids named, as written, with the column each starts at.
    package let rules: [(id: String, column: Int)]
    /// The line of the comment.
    package let line: Int
    /// The column where the directive word starts.
    package let column: Int
    /// The line the suppression applies to (`nil` for file suppressions or when nothing follows).
    package let targetLine: Int?

    package static func == (a: Suppression, b: Suppression) -> Bool {
        a.kind == b.kind && a.line == b.line && a.column == b.column
            && a.rules.map(\.id) == b.rules.map(\.id) && a.targetLine == b.targetLine
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(line)
        hasher.combine(column)
    }
}
