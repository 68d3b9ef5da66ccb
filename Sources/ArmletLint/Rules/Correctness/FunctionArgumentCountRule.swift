import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `function-argument-count`: a built-in function called with too few or too many arguments.
package struct FunctionArgumentCountRule: LintRule {
    package let id = "function-argument-count"
    package let theme = LintTheme.correctness
    package let description = "Functions must be called with the number of arguments they take."
    package let rationale = "ARM fails the deployment when a function receives the wrong number of arguments."
    package let help = "Add or remove arguments; see https://aka.ms/arm-functions for each function's signature."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for site in context.expressions.sites {
            for (index, function) in site.functions.enumerated() {
                guard let function else { continue }
                let count = site.calls[index].arguments.count
                let tooFew = count < function.minArguments
                let tooMany = function.maxArguments.map { count > $0 } ?? false
                guard tooFew || tooMany else { continue }
                out.append(context.finding(self,
                    "'\(function.name)' takes \(FunctionArgumentCountRule.expected(function)), but \(count) "
                        + (count == 1 ? "was" : "were") + " given.", at: site.path))
            }
        }
        return out
    }

    static func expected(_ f: BuiltInFunction) -> String {
        func arguments(_ n: Int) -> String { n == 1 ? "1 argument" : "\(n) arguments" }
        switch f.maxArguments {
        case .some(let max) where max == f.minArguments: return max == 0 ? "no arguments" : arguments(max)
        case .some(let max): return "\(f.minArguments) to \(arguments(max))"
        case .none: return "at least \(arguments(f.minArguments))"
        }
    }
}
