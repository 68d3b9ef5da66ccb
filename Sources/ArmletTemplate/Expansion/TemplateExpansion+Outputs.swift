import ArmletExpressions
import ArmletJSON

extension TemplateExpansion {
    /// The outputs: evaluated now, or deferred when they read resources of the deployment.
    /// Outputs whose condition is false are left out, as ARM does.
    mutating func outputs() -> [PlannedOutput] {
        var planned: [PlannedOutput] = []
        for output in template.outputs {
            do {
                if let result = try evaluate(output) { planned.append(result) }
            } catch let located as LocatedFailure {
                if !diagnostics.contains(located.diagnostic) { diagnostics.append(located.diagnostic) }
            } catch {
                add(ExpansionMessage.output(output.name, error.expansionMessage), at: output.path, key: true)
            }
        }
        return planned
    }

    private func evaluate(_ output: Output) throws -> PlannedOutput? {
        let type = output.type?.armName ?? output.extra["type"]?.stringValue
        func deferred(_ waitsFor: [String]) -> PlannedOutput {
            PlannedOutput(name: output.name, type: type, path: locator.absolute(output.path), value: nil,
                          isDeferred: true, declaration: output, waitsFor: waitsFor, scope: scope)
        }
        if let condition = output.condition {
            do {
                let value = try ExpressionEvaluator(context: scope.context()).evaluateDeep(condition)
                if value != .bool(true) { return nil }
            } catch let d as DeferredEvaluation {
                return deferred(d.waitsFor)
            }
        }
        var evaluator = ValueEvaluator(context: scope.context(), captureDeferred: true)
        let value: JSONValue
        if let copy = output.copy {
            value = try evaluator.loop(name: "", count: copy.count, input: copy.input, path: .root, countPath: .root)
        } else {
            value = try evaluator.evaluate(output.value ?? .null, at: .root)
        }
        if !evaluator.deferred.isEmpty {
            var ids: [String] = []
            for d in evaluator.deferred { for id in d.waitsFor where !ids.contains(id) { ids.append(id) } }
            return deferred(ids)
        }
        return PlannedOutput(name: output.name, type: type, path: locator.absolute(output.path), value: value,
                             isDeferred: false, declaration: output, waitsFor: [], scope: scope)
    }
}
