/// PyYAML's implicit resolvers (YAML 1.1): which plain scalars would read back as something other
/// than a string.
///
/// A string that one of these patterns matches (`yes`, `0x1F`, `12:30`, `2026-01-01`, `~`, the empty
/// string…) cannot be written plain, or it would load as a bool, number, timestamp or null. As in
/// PyYAML, a pattern is only tried when the scalar's first character is one it can start with.
enum PythonYAMLResolver {
    private struct Rule: Sendable {
        let firsts: Set<Unicode.Scalar>
        let pattern: ScalarPattern
        /// Whether the rule is also tried for the empty string (only the null rule is).
        var empty = false
    }

    private static let rules: [Rule] = [
        Rule(firsts: set("yYnNtTfFoO"), pattern: ScalarPattern(
            "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF")),
        Rule(firsts: set("-+0123456789."), pattern: ScalarPattern(
            #"[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?"#
                + #"|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"#
                + #"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*"#
                + #"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"#)),
        Rule(firsts: set("-+0123456789"), pattern: ScalarPattern(
            "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
                + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+")),
        Rule(firsts: set("<"), pattern: ScalarPattern("<<")),
        Rule(firsts: set("~nN"), pattern: ScalarPattern("~|null|Null|NULL|"), empty: true),
        Rule(firsts: set("0123456789"), pattern: ScalarPattern(
            "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]"
                + #"(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?"#)),
        Rule(firsts: set("="), pattern: ScalarPattern("=")),
        Rule(firsts: set("!&*"), pattern: ScalarPattern(#"!|&|\*"#)),
    ]

    /// Whether `text`, written plain, would load back as a string (no implicit resolver claims it).
    static func isImplicitString(_ text: [Unicode.Scalar]) -> Bool {
        let candidates = text.first.map { first in rules.filter { $0.firsts.contains(first) } }
            ?? rules.filter(\.empty)
        return !candidates.contains { $0.pattern.matches(text) }
    }

    private static func set(_ characters: String) -> Set<Unicode.Scalar> {
        Set(characters.unicodeScalars)
    }
}
