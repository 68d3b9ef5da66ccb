import ArmletExpressions
import ArmletLint
import Testing

@Suite struct CallAnalysisCacheTests {
    private func node(_ text: String) throws -> ExpressionNode {
        guard case .expression(let node) = try TemplateString.parse(text) else {
            throw ExpressionError("not an expression: \(text)")
        }
        return node
    }

    @Test func aCachedAnalysisIsTheAnalysis() throws {
        let cache = CallAnalysisCache(limit: 2)
        let texts = ["[concat(parameters('a'), Variables('b'))]", "[ns.fn(1)]", "[noSuchFunction(resourceGroup().id)]",
                     "[concat(parameters('a'), Variables('b'))]"]
        for text in texts {
            let expected = CallAnalysisCache.analyse(try node(text))
            for _ in 0..<2 {
                let analysis = cache.analysis(of: text, node: try node(text))
                #expect(analysis.calls == expected.calls)
                #expect(analysis.functions.map { $0?.name } == expected.functions.map { $0?.name })
            }
        }
        let mixed = CallAnalysisCache.analyse(try node(texts[0]))
        #expect(mixed.calls.map(\.name) == ["concat", "parameters", "Variables"])
        #expect(mixed.functions.map { $0?.name } == ["concat", "parameters", "variables"], "documented spelling")
        #expect(mixed.functions[1]?.minArguments == 1 && mixed.functions[1]?.maxArguments == 1)
        let other = CallAnalysisCache.analyse(try node(texts[2]))
        #expect(other.functions.map { $0?.name } == [nil, "resourceGroup"])
        #expect(CallAnalysisCache.analyse(try node(texts[1])).functions.map { $0?.name } == [nil], "user functions are not built-ins")
    }
}
