import ArmletJSON
import JMESPath
import Testing

/// The error a user sees: its kind, its column and its wording.
@Suite("JMESPath errors")
struct ErrorTests {
    func compileError(_ expression: String) -> JMESPathError? {
        do {
            _ = try JMESPathExpression(expression)
            return nil
        } catch {
            return error
        }
    }

    func searchError(_ expression: String, _ json: String = "{}") -> JMESPathError? {
        do {
            _ = try JMESPathExpression(expression).search(try JSONReader.value(json))
            return nil
        } catch let error as JMESPathError {
            return error
        } catch {
            return nil
        }
    }

    @Test("syntax errors name what was expected and where")
    func syntaxErrorPosition() throws {
        let error = try #require(compileError("foo[0"))
        #expect(error.kind == .syntax)
        #expect(error.offset == 5)
        #expect(error.description == #"Syntax error at column 6: expected a number, ':' or ']' but found end of expression in "foo[0""#)
        #expect(error.pointer.hasSuffix("foo[0\n     ^"))
    }

    @Test("columns count characters, not UTF-8 bytes")
    func characterColumns() throws {
        let error = try #require(compileError("'é' == ="))
        #expect(error.kind == .syntax)
        #expect(error.offset == 7)
    }

    @Test("unknown functions and wrong arity are found when compiling")
    func compileTimeFunctionErrors() throws {
        let unknown = try #require(compileError("a | nope(@)"))
        #expect(unknown.kind == .unknownFunction)
        #expect(unknown.offset == 4)
        #expect(unknown.message == "unknown function: nope()")
        let arity = try #require(compileError("length(a, b)"))
        #expect(arity.kind == .invalidArity)
        #expect(arity.message == "expected 1 argument for function length(), received 2")
        let variadic = try #require(compileError("not_null()"))
        #expect(variadic.message == "expected at least 1 argument for function not_null(), received 0")
    }

    @Test("wrong argument types are found when searching")
    func invalidType() throws {
        _ = try JMESPathExpression("length(`1`)")
        let error = try #require(searchError("length(`1`)"))
        #expect(error.kind == .invalidType)
        #expect(error.message == "in function length(), invalid type for value: 1, expected one of: string, array, object; received: number")
        #expect(searchError("sort(`[1, \"a\"]`)")?.kind == .invalidType)
        #expect(searchError("length(&a)")?.kind == .invalidType)
        #expect(searchError("map(`1`, `[]`)")?.kind == .invalidType)
    }

    @Test("a zero slice step is an invalid value")
    func zeroStep() throws {
        #expect(compileError("[::0]")?.kind == .invalidValue)
    }

    @Test("malformed expressions are syntax errors", arguments: [
        "", "foo.", "foo[", "[?a", "{a: b", "a = b", "`\"bad json`", "'unterminated", "\"\\q\"", "foo[bar]",
        "@(", "\"f\"(a)", "a.[]", "{}", "a || ", "!", "-", "[1 2]", "a[0:1:2:3]", "foo)",
    ])
    func syntaxErrors(_ expression: String) {
        #expect(compileError(expression)?.kind == .syntax, "\(expression)")
    }

    @Test("a literal that is not JSON is the string of its text, as jmespath.py (and the Azure CLI) read it")
    func legacyStringLiterals() throws {
        #expect(try JMESPathExpression("`foo`").search(.null) == .string("foo"))
        #expect(try JMESPathExpression("`  {bad json}`").search(.null) == .string("{bad json}"))
        #expect(try JMESPathExpression("join(` `, @)").search(["a", "b"]) == .string("ab"))
        #expect(try JMESPathExpression("` 1`").search(.null) == .int(1))
    }
}
