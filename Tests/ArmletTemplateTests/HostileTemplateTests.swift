import ArmletExpressions
import ArmletJSON
import ArmletTestSupport
import Foundation
import Testing
@testable import ArmletTemplate

/// Every hostile template of ``HostileTemplates`` reads and expands to a clean, located `InvalidTemplate`
/// (or is accepted, for the legitimate ones) — never a signal, never minutes — under the standard limits.
@Suite struct HostileTemplateTests {
    /// Reads and expands `text` under `limits`; the diagnostics of whichever step failed.
    static func diagnose(_ text: String, limits: EvaluationBudget.Limits = .standard(deadline: 30)) -> [Diagnostic] {
        let loaded: LoadedTemplate
        do {
            loaded = try TemplateLoader.load(text: text, file: "hostile.json")
        } catch let list as DiagnosticList {
            return list.diagnostics
        } catch let error as any ArmletError {
            return [Diagnostic(code: error.code, message: error.message, location: error.location)]
        } catch {
            return [Diagnostic(code: "Unexpected", message: "\(error)")]
        }
        var context = DeploymentContext()
        context.budget = EvaluationBudget(limits)
        return TemplateExpander.expand(loaded, parameters: NamedList(), context: context)
            .diagnostics.filter { $0.severity == .error }
    }

    @Test(arguments: HostileTemplates.names)
    func answersCleanly(name: String) throws {
        let hostile = try #require(HostileTemplates.named(name))
        let started = ContinuousClock.now
        let errors = Self.diagnose(hostile.text)
        let elapsed = ContinuousClock.now - started
        #expect(elapsed < .seconds(20), "\(name) took \(elapsed)")
        guard let fragment = hostile.expected else {
            #expect(errors.isEmpty, "\(name) must be accepted: \(errors.map(\.rendered))")
            return
        }
        let first = try #require(errors.first, "\(name) was accepted")
        #expect(first.code == "InvalidTemplate", "\(name): \(first.rendered)")
        #expect(first.message.contains(fragment), "\(name): \(first.rendered)")
        #expect(first.location != nil, "\(name) has no location: \(first.rendered)")
    }

    @Test func deadlineEndsALongEvaluation() throws {
        let hostile = try #require(HostileTemplates.named("range-map"))
        var limits = EvaluationBudget.Limits.standard
        limits.calls = .max
        limits.bytes = .max
        limits.time = .milliseconds(50)
        let started = ContinuousClock.now
        let errors = Self.diagnose(hostile.text, limits: limits)
        #expect(ContinuousClock.now - started < .seconds(5))
        let first = try #require(errors.first)
        #expect(first.message.contains("took longer than 50 ms"), "\(first.rendered)")
    }

    @Test func anExhaustedBudgetStaysExhausted() throws {
        let hostile = try #require(HostileTemplates.named("reduce-doubling"))
        var context = DeploymentContext()
        let loaded = try TemplateLoader.load(text: hostile.text, file: "hostile.json")
        _ = TemplateExpander.expand(loaded, parameters: NamedList(), context: context)
        #expect(context.budget.exhausted != nil)
        // The same budget refuses the next expansion of even a trivial template.
        let trivial = try TemplateLoader.load(text: HostileTemplates.template(output: "[concat('x')]"), file: "t.json")
        let again = TemplateExpander.expand(trivial, parameters: NamedList(), context: context)
        #expect(again.diagnostics.contains { $0.severity == .error && $0.message.contains("too costly") })
        context.budget = EvaluationBudget()
        #expect(TemplateExpander.expand(trivial, parameters: NamedList(), context: context)
            .diagnostics.allSatisfy { $0.severity != .error })
    }
}
