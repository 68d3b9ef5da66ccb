@testable import ArmletExpressions
import ArmletJSON
import Testing

@Suite("Parser")
struct ParserTests {
    @Test(arguments: [
        ("[[literal]", JSONValue.string("[literal]")),
        ("plain", "plain"),
        ("[", "["),
        ("[]x", "[]x"),
        ("[concat('it''s', ' ok')]", "it's ok"),
        ("['']", ""),
        ("[ concat( 'a' ,\n 'b' ) ]", "ab"),
        ("[add(-3, 5)]", 2),
        ("[createObject('a', createArray(1, 2)).a[1]]", 2),
        ("[createObject('a', createObject('b', 'c'))['a'].B]", "c"),
        ("[createArray('x','y')[add(0, 1)]]", "y"),
        ("[createObject('k', 'v')[toLower('K')]]", "v"),
        ("[true()]", true),
        ("[null()]", .null),
        ("[CONCAT('A', 'b')]", "Ab"),
        ("[-9223372036854775808]", .int(Int64.min)),
    ])
    func evaluates(text: String, expected: JSONValue) throws {
        let value = try ExpressionEvaluator(context: StaticEvaluationContext()).evaluate(templateString: text)
        #expect(value == expected)
    }

    @Test func parsesNamespacedCallsAndChains() throws {
        let node = try ExpressionCache.parseUncached("ns.fn(1, 'a').x[0]")
        let call = FunctionCall(namespace: "ns", name: "fn", arguments: [.integer(1), .string("a")], position: 0)
        #expect(node == .index(.property(.call(call), "x"), .integer(0)))
    }

    @Test func userFunctionsGoToTheContext() throws {
        var context = StaticEvaluationContext()
        context.userFunctions = { ns, name, args in .string("\(ns).\(name):\(args.count)") }
        #expect(try eval("contoso.greet('a', 'b')", context: context) == "contoso.greet:2")
    }

    @Test(arguments: [
        ("bad-expression", "The language expression 'bad-expression' is not valid: the string character 'x' at position '5' is not expected.", 5),
        ("concat('a'))", "Unable to parse language expression 'concat('a'))': expected token 'EndOfData' and actual 'RightParenthesis'.", 11),
        ("concat('a'", "Unable to parse language expression 'concat('a'': expected token 'RightParenthesis' and actual 'EndOfData'.", 10),
        ("concat('a", "The language expression 'concat('a' is not valid: the string literal starting at position '7' is not terminated.", 7),
        ("concat(\"a\")", "The language expression 'concat(\"a\")' is not valid: the string character '\"' at position '7' is not expected.", 7),
        ("foo", "Unable to parse language expression 'foo': expected token 'LeftParenthesis' and actual 'EndOfData'.", 3),
        ("a.b.c()", "Unable to parse language expression 'a.b.c()': expected token 'LeftParenthesis' and actual 'Dot'.", 3),
        ("add(1.5, 2)", "The language expression 'add(1.5, 2)' is not valid: the string character '.' at position '5' is not expected.", 5),
        ("x(99999999999999999999)", "The language expression 'x(99999999999999999999)' is not valid: the integer literal '99999999999999999999' at position '2' is out of range.", 2),
    ])
    func reportsParseErrors(text: String, message: String, position: Int) {
        #expect(throws: ExpressionError(message, position: position)) {
            try ExpressionCache.parseUncached(text)
        }
    }

    @Test func parseErrorsComeBackThroughTheCacheWithInvalidTemplate() {
        let error = evalError("concat('a'))")
        #expect(error?.code == "InvalidTemplate")
        #expect(error?.position == 11)
    }

    @Test func cacheParsesEachStringOnce() throws {
        let cache = ExpressionCache()
        let a = try cache.node(for: "concat('a', 'b')")
        let b = try cache.node(for: "concat('a', 'b')")
        #expect(a == b)
        #expect(cache.count == 1)
    }

    @Test func cacheIsBoundedByEntriesAndBytes() throws {
        let byCount = ExpressionCache(limit: 3)
        for i in 0..<10 { _ = try byCount.node(for: Substring("add(\(i), 1)")) }
        #expect(byCount.count <= 3)
        let byBytes = ExpressionCache(limit: 1_000, byteLimit: 64)
        for i in 0..<10 { _ = try byBytes.node(for: Substring("concat('\(String(repeating: "x", count: 20))', '\(i)')")) }
        #expect(byBytes.count <= 2)
    }

    @Test func classifiesTemplateStrings() throws {
        #expect(TemplateString.isExpression("[x()]"))
        #expect(!TemplateString.isExpression("[[x()]"))
        #expect(!TemplateString.isExpression("x()]"))
        #expect(try TemplateString.parse("[[a]") == .literal("[a]"))
    }
}
