import ArmletJSON
import JMESPath
import Testing

/// Limits that keep hostile or generated queries from crashing the process.
@Suite("JMESPath limits")
struct DepthTests {
    @Test("chains and projections just under the limit parse and evaluate")
    func nearTheLimit() throws {
        let chain = Array(repeating: "a", count: 990).joined(separator: ".")
        #expect(try JMESPathExpression(chain).search(.null) == .null)
        let projections = Array(repeating: "a[*]", count: 300).joined(separator: ".")
        var value: JSONValue = 1
        for _ in 0..<300 { value = .array([.object(JSONObject([("a", value)]))]) }
        value = .object(JSONObject([("a", value)]))
        _ = try JMESPathExpression(projections).search(value)
    }

    @Test("deeper nesting is a syntax error, not a crash")
    func deepNesting() throws {
        let parens = String(repeating: "(", count: 100_000) + "a" + String(repeating: ")", count: 100_000)
        let error = try #require(throws: JMESPathError.self) { try JMESPathExpression(parens) }
        #expect(error.kind == .syntax)
        #expect(error.message == "expression nested too deeply (more than 1000 levels)")
        let chain = Array(repeating: "a", count: 20_000).joined(separator: ".")
        #expect(throws: JMESPathError.self) { try JMESPathExpression(chain) }
        #expect(throws: JMESPathError.self) { try JMESPathExpression(String(repeating: "!", count: 5000) + "a") }
    }
}
