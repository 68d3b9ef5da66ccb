import ArmletCatalog
import ArmletExpressions
package import ArmletJSON
import ArmletTemplate

/// A proposed edit: replace the JSON value at `path` with `replacement`.
///
/// Only fixes marked `isSafe` (the result means exactly what the author meant) are applied by
/// `armlet lint --fix`; the others are shown as suggestions.
package struct LintFix: Sendable, Hashable {
    /// The value to replace, from the document root.
    package var path: JSONPath
    /// The new value.
    package var replacement: JSONValue
    /// Whether `--fix` applies it without asking.
    package var isSafe: Bool
    /// A short imperative description, e.g. `use API version '2022-03-02'`.
    package var summary: String

    /// A fix replacing the value at `path` with `replacement`.
    package init(path: JSONPath, replacement: JSONValue, isSafe: Bool, summary: String) {
        self.path = path
        self.replacement = replacement
        self.isSafe = isSafe
        self.summary = summary
    }
}
