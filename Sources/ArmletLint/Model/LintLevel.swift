import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// How seriously a rule's findings are taken: `off` silences the rule, `error` fails CI by default.
///
/// Levels order as `off < info < warning < error`, so "at least warning" is a plain comparison.
package enum LintLevel: String, Sendable, Hashable, Comparable, CaseIterable {
    case off, info, warning, error

    /// The level named `name` (`off`, `info`, `warning`, `error`, any case; `none` and `note` are accepted
    /// as SARIF's spellings of `off` and `info`).
    package init?(name: String) {
        switch name.lowercased() {
        case "off", "none": self = .off
        case "info", "note": self = .info
        case "warning": self = .warning
        case "error": self = .error
        default: return nil
        }
    }

    private var rank: Int {
        switch self {
        case .off: 0
        case .info: 1
        case .warning: 2
        case .error: 3
        }
    }

    package static func < (a: LintLevel, b: LintLevel) -> Bool { a.rank < b.rank }

    /// SARIF's name for the level (`error`, `warning`, `note`, `none`).
    package var sarifLevel: String {
        switch self {
        case .off: "none"
        case .info: "note"
        case .warning: "warning"
        case .error: "error"
        }
    }
}
