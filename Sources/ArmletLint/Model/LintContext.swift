package import ArmletCatalog
import ArmletExpressions
package import ArmletJSON
package import ArmletTemplate
package import Foundation

/// Everything a rule may read about one template: the text, the parsed document with positions, the
/// decoded template, parsed expressions, resolved resources, the catalog, options and the date.
///
/// The context is built once per file by the ``Linter``. `plan` is reserved for the expanded
/// deployment plan of the template stage: rules that can use one cast it to the type they know and
/// fall back to the unexpanded template when it is `nil`, so they keep working before expansion exists.
package final class LintContext: Sendable {
    /// The file as the user named it.
    package let file: String
    /// The file's text, for rules that look at how something is written.
    package let text: String
    /// The parsed document and its source map.
    package let document: ParsedDocument
    /// The decoded template.
    package let template: Template
    /// What the decoder reported (errors and warnings).
    package let decodeDiagnostics: [Diagnostic]
    /// Every expression string, parsed, with its scope.
    package let expressions: ExpressionIndex
    /// The root template's resources, resolved.
    package let resources: ResourceIndex
    /// What Armlet knows about resource types.
    package let catalog: ResourceCatalog
    /// The configuration in effect (rule options live here).
    package let configuration: LintConfiguration
    /// The day rules measure ages from (`use-recent-api-versions`); supplied by the caller, never read from a clock here.
    package let referenceDate: Date
    /// An expanded deployment plan, when the caller has one (see the type comment).
    package let plan: (any Sendable)?
    let literals: LiteralEvaluation

    init(file: String, text: String, document: ParsedDocument, template: Template, decodeDiagnostics: [Diagnostic],
         catalog: ResourceCatalog, configuration: LintConfiguration, referenceDate: Date, plan: (any Sendable)?) {
        self.file = file
        self.text = text
        self.document = document
        self.template = template
        self.decodeDiagnostics = decodeDiagnostics
        self.catalog = catalog
        self.configuration = configuration
        self.referenceDate = referenceDate
        self.plan = plan
        let literals = LiteralEvaluation(template: template)
        self.literals = literals
        self.expressions = ExpressionIndex(root: document.value)
        self.resources = ResourceIndex(template: template, document: document, catalog: catalog, literals: literals)
    }

    /// Where the value at `path` starts (or its nearest written ancestor, or line 1 column 1).
    package func location(of path: JSONPath) -> SourceLocation {
        document.sourceMap.location(at: path) ?? document.sourceMap.nearestLocation(at: path)
            ?? SourceLocation(file: file, line: 1, column: 1)
    }

    /// Where the member name of the value at `path` is written (the value's position for elements).
    package func keyLocation(of path: JSONPath) -> SourceLocation {
        document.sourceMap.keyLocation(at: path) ?? location(of: path)
    }

    /// A finding of `rule` at its default level, located at the value at `path` (or at its member
    /// name when `atKey`).
    package func finding(_ rule: some LintRule, _ message: String, at path: JSONPath, atKey: Bool = false,
                        fix: LintFix? = nil) -> LintFinding {
        LintFinding(ruleID: rule.id, level: rule.defaultLevel, message: message,
                    location: atKey ? keyLocation(of: path) : location(of: path), path: path, fix: fix)
    }

    /// The option `key` of `rule` from the configuration (`analyzers.core.rules.<id>.<key>`).
    package func option(_ key: String, of rule: some LintRule) -> JSONValue? {
        configuration.options(for: rule.id)[key]
    }

    /// The value of `value` when the template alone fixes it (literal parameter defaults and variables).
    package func literalValue(_ value: JSONValue) -> JSONValue? { literals.evaluate(value) }
}
