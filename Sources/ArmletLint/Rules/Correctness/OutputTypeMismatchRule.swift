import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `output-type-mismatch`: an output whose literal value is not of the declared type.
package struct OutputTypeMismatchRule: LintRule {
    package let id = "output-type-mismatch"
    package let theme = LintTheme.correctness
    package let description = "An output's literal value must have the output's declared type."
    package let rationale = "ARM fails the deployment when an output value does not match its type."
    package let help = "Change the declared type or the value so they agree (numbers and booleans are written without quotes)."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.template.outputs.compactMap { output in
            guard let type = output.type, let value = output.value, !value.isTemplateExpression, !value.isNull,
                  !type.accepts(value) else { return nil }
            return context.finding(self,
                "Output '\(output.name)' is declared as '\(type.armName)' but its value is \(article(value.typeName)).",
                at: output.path.appending("value"))
        }
    }

    private func article(_ word: String) -> String {
        ("AEIOU".contains(word.first ?? "x") ? "an " : "a ") + word
    }
}
