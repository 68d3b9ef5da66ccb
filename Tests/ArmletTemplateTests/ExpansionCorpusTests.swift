import ArmletExpressions
import ArmletJSON
import ArmletTestSupport
import Foundation
import Testing
@testable import ArmletTemplate

/// Expands every template of the shared real-world corpus with synthesised (or sibling) parameter
/// values: nothing may crash, at least 95% must expand without errors, and the failures are
/// pinned in `Golden/expand/corpus-failures.txt` (regenerate with `ARMLET_UPDATE_GOLDEN=1`).
@Suite struct ExpansionCorpusTests {
    /// The default context, with a tagged resource group: some templates read
    /// `resourceGroup().tags`, which ARM only returns for a group that has tags.
    static var context: DeploymentContext {
        var c = DeploymentContext()
        c.resourceGroupTags = JSONObject([("environment", JSONValue.string("armlet"))])
        return c
    }

    @Test func corpusExpands() throws {
        guard let folder = SharedFiles.url("corpus/templates"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        var total = 0, expanded = 0, resources = 0
        var failures: [String] = []
        var peakCalls = 0, peakBytes = 0
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasSuffix(".parameters.json") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            guard let loaded = try? TemplateLoader.load(text: text, file: name) else { continue }
            total += 1
            var supplied = ExpansionTestSupport.synthesize(for: loaded.template)
            let sibling = folder.appendingPathComponent(String(name.dropLast(5)) + ".parameters.json")
            if let parametersText = try? String(contentsOf: sibling, encoding: .utf8),
               let file = ParameterFileDecoder.decode(text: parametersText, file: sibling.lastPathComponent).0 {
                var merged = supplied.elements.filter { !file.parameters.contains($0.name) }
                merged += file.parameters.elements
                supplied = NamedList(merged)
            }
            let context = Self.context
            let result = TemplateExpander.expand(loaded, parameters: supplied, context: context)
            peakCalls = max(peakCalls, context.budget.callsMade)
            peakBytes = max(peakBytes, context.budget.bytesUsed)
            let errors = result.diagnostics.filter { $0.severity == .error }
            if errors.isEmpty {
                expanded += 1
                resources += result.plan.resources.count
            } else {
                failures.append("\(name): \(errors.count) error(s); first: \(errors[0].rendered)")
            }
        }
        let rate = total == 0 ? 0 : Double(expanded) / Double(total)
        let summary = "templates: \(total), expanded: \(expanded), failed: \(total - expanded), resources planned: \(resources)"
        print("corpus expansion: \(summary) (\(String(format: "%.1f", rate * 100))%); "
              + "the costliest template made \(peakCalls) calls and built \(peakBytes) bytes")
        // Real templates stay far inside the standard budget.
        #expect(peakCalls < EvaluationBudget.Limits.standard.calls / 20)
        #expect(peakBytes < EvaluationBudget.Limits.standard.bytes / 16)
        let text = ([summary] + failures).joined(separator: "\n") + "\n"
        Golden.expect(text, matches: TestSupport.goldenRoot.appendingPathComponent("expand/corpus-failures.txt"))
        #expect(total == 666)
        #expect(rate >= 0.95, "expansion rate \(rate) is below 95%")
    }
}
