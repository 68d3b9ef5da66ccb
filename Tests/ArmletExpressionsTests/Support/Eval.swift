import ArmletExpressions
import ArmletJSON

/// Evaluates `[expression]` text against a default ``StaticEvaluationContext``.
func eval(_ expression: String, context: StaticEvaluationContext = StaticEvaluationContext()) throws -> JSONValue {
    try ExpressionEvaluator(context: context).evaluate(templateString: "[\(expression)]")
}

/// The `ExpressionError` thrown by evaluating `expression`, or `nil`.
func evalError(_ expression: String, context: StaticEvaluationContext = StaticEvaluationContext()) -> ExpressionError? {
    do {
        _ = try eval(expression, context: context)
        return nil
    } catch let error as ExpressionError {
        return error
    } catch {
        return ExpressionError(code: "Unexpected", "\(error)")
    }
}
