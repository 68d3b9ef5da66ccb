package import ArmletCatalog
import ArmletExpressions
package import ArmletJSON
package import ArmletTemplate
package import Foundation

/// Runs the rules over templates: reads and decodes the text, builds a ``LintContext``, applies the
/// configured levels and the inline suppressions, and reports unused suppressions.
///
/// A file that cannot be read or decoded gives `template-syntax` findings, never an error.
package struct Linter: Sendable {
    /// The rules to run.
    package var rules: [any LintRule]
    /// Levels and options.
    package var configuration: LintConfiguration
    /// The day ages are measured from (the CLI passes today; tests pass a fixed day).
    package var referenceDate: Date
    /// What Armlet knows about resource types.
    package var catalog: ResourceCatalog
    /// Produces an expanded plan for a template, once an expander exists; `nil` leaves `LintContext.plan` empty.
    package var planner: (@Sendable (ParsedDocument, Template) -> (any Sendable)?)?

    /// A linter with every standard rule.
    package init(configuration: LintConfiguration = .default, referenceDate: Date,
                rules: [any LintRule] = LintRuleRegistry.standard.rules, catalog: ResourceCatalog = .shared,
                planner: (@Sendable (ParsedDocument, Template) -> (any Sendable)?)? = nil) {
        self.rules = rules
        self.configuration = configuration
        self.referenceDate = referenceDate
        self.catalog = catalog
        self.planner = planner
    }

    /// Lints `text`, read from `file` (the extension picks JSON or YAML).
    package func lint(text: String, file: String) -> LintFileResult {
        let raw = findings(text: text, file: file)
        let isYAML = DocumentFormat(path: file) == .yaml
        let suppressions = SuppressionScanner.scan(text, yaml: isYAML)
        var outcome = SuppressionFilter.apply(suppressions, to: raw, file: file, levels: { id in
            rules.first { $0.id.lowercased() == id.lowercased() }.map { configuration.level(for: $0) }
        })
        let unusedLevel = configuration.level(for: UnusedSuppressionRule())
        outcome.unused = unusedLevel == .off ? [] : outcome.unused.map { var f = $0; f.level = unusedLevel; return f }
        let all = (outcome.kept + outcome.unused).sorted { a, b in
            (a.location.line, a.location.column, a.ruleID) < (b.location.line, b.location.column, b.ruleID)
        }
        return LintFileResult(file: file, text: text, findings: all, suppressedCount: outcome.suppressed)
    }

    /// Reads and lints the file at `path`, naming it `displayName` in findings.
    package func lint(path: String, displayName: String? = nil) -> LintFileResult {
        let name = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            return LintFileResult(file: name, text: "", findings: [syntaxFinding(
                "Could not read the file '\(name)': it does not exist or is not readable.", file: name, location: nil)])
        }
        return lint(text: String(decoding: data, as: UTF8.self), file: name)
    }

    private func findings(text: String, file: String) -> [LintFinding] {
        let document: ParsedDocument
        do {
            document = try DocumentReader.read(text, file: file)
        } catch {
            return [syntaxFinding(error.message, file: file, location: error.location)]
        }
        let decoded = TemplateDecoder.decode(document, sourceSize: text.utf8.count)
        guard let template = decoded.template else {
            return decoded.diagnostics.map { syntaxFinding($0.message, file: file, location: $0.location) }
        }
        let context = LintContext(file: file, text: text, document: document, template: template,
                                  decodeDiagnostics: decoded.diagnostics, catalog: catalog,
                                  configuration: configuration, referenceDate: referenceDate,
                                  plan: planner?(document, template))
        var out: [LintFinding] = []
        for rule in rules {
            let level = configuration.level(for: rule)
            guard level != .off else { continue }
            for var finding in rule.check(context) {
                finding.level = level
                out.append(finding)
            }
        }
        return out
    }

    private func syntaxFinding(_ message: String, file: String, location: SourceLocation?) -> LintFinding {
        let rule = TemplateSyntaxRule()
        let level = configuration.level(for: rule)
        return LintFinding(ruleID: rule.id, level: level == .off ? .error : level, message: message,
                           location: location ?? SourceLocation(file: file, line: 1, column: 1))
    }
}
