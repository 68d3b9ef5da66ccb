import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `simplify-concat`: `concat()` of string literals only, which is just one literal.
///
/// Bicep's `prefer-interpolation` asks for `'${a}b'` instead of `concat(a, 'b')`; ARM JSON has no
/// interpolation (its nearest form is `format('{0}b', a)`, which Bicep-compiled templates use), so
/// this rule flags only the case with an exact, mechanical simplification.
package struct SimplifyConcatRule: LintRule {
    package let id = "simplify-concat"
    package let theme = LintTheme.hygiene
    package let description = "concat() of string literals only should be written as the single literal."
    package let rationale = "An expression that always produces the same text is harder to read than the text itself."
    package let help = "Replace the expression with the joined string (`armlet lint --fix` does it when the whole value is the concat)."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for site in context.expressions.sites {
            for call in site.calls where call.isBuiltIn("concat") && !call.arguments.isEmpty
                && call.arguments.allSatisfy({ $0.stringLiteral != nil }) {
                let parts = call.arguments.compactMap { $0.stringLiteral }
                let joined = parts.joined()
                var fix: LintFix? = nil
                if site.node?.functionCall == call {
                    // A literal starting with '[' must be escaped as '[[' to stay a literal.
                    let literal = joined.hasPrefix("[") && joined.hasSuffix("]") ? "[" + joined : joined
                    fix = LintFix(path: site.path, replacement: .string(literal), isSafe: true,
                                  summary: "replace the concat() with \(JSONWriter.write(.string(literal), style: .compact))")
                }
                let display = JSONWriter.write(.string(joined), style: .compact)
                out.append(context.finding(self, "concat() of string literals only is the constant \(display); write it directly.",
                                           at: site.path, fix: fix))
            }
        }
        return out
    }
}
