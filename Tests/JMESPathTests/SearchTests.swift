import ArmletJSON
import JMESPath
import Testing

/// Searches `json` (strict JSON text) with `expression`.
func search(_ expression: String, _ json: String) throws -> JSONValue {
    try JMESPathExpression(expression).search(try JSONReader.value(json))
}

/// Behaviour the compliance suite leaves open or that Armlet's JSON model makes tricky.
@Suite("JMESPath search")
struct SearchTests {
    @Test("field access is case-sensitive although JSONObject lookup is not")
    func caseSensitiveFields() throws {
        let json = #"{"Name": "vm1", "tags": {"Env": "prod"}}"#
        #expect(try search("Name", json) == "vm1")
        #expect(try search("name", json) == .null)
        #expect(try search("tags.env", json) == .null)
        #expect(try search("tags.Env", json) == "prod")
    }

    @Test("keys that differ only in case stay apart in literals, hashes and merge")
    func caseVariantKeys() throws {
        #expect(try search(#"`{"a": 1, "A": 2}`.A"#, "{}") == 2)
        #expect(try search(#"keys(`{"a": 1, "A": 2}`)"#, "{}") == ["a", "A"])
        let hash = try search("{a: `1`, A: `2`}", "{}")
        #expect(hash.objectValue?.keys == ["a", "A"])
        let merged = try search(#"merge(`{"a": 1}`, `{"A": 2}`, `{"a": 3}`)"#, "{}")
        #expect(merged.objectValue?.keys == ["a", "A"])
        #expect(merged.objectValue?.values == [3, 2])
        #expect(try search(#"`{"a": 1}` == `{"A": 1}`"#, "{}") == false)
    }

    @Test("strings compare by code point, not by canonical equivalence")
    func codePointStrings() throws {
        let precomposed = "\u{E9}"
        let decomposed = "e\u{301}"
        let value: JSONValue = .object(JSONObject([(precomposed, JSONValue.int(1))]))
        #expect(try JMESPathExpression("\"\(decomposed)\"").search(value) == .null)
        #expect(try JMESPathExpression("\"\(precomposed)\"").search(value) == 1)
        #expect(try search("length('\(decomposed)')", "{}") == 2)
        #expect(try search("'\(decomposed)' == '\(precomposed)'", "{}") == false)
        #expect(try search("length('𝄞')", "{}") == 1)
    }

    @Test("integers stay integers where JMESPath's result is integral")
    func integerResults() throws {
        let json = #"{"n": [1, 2, 3], "d": [1.5, 2.5]}"#
        #expect(StrictJSON.identical(try search("length(n)", json), .int(3)))
        #expect(StrictJSON.identical(try search("sum(n)", json), .int(6)))
        #expect(StrictJSON.identical(try search("sum(d)", json), .double(4)))
        #expect(StrictJSON.identical(try search("avg(n)", json), .double(2)))
        #expect(StrictJSON.identical(try search("max(n)", json), .int(3)))
        #expect(StrictJSON.identical(try search("abs(`-4`)", json), .int(4)))
        #expect(StrictJSON.identical(try search("ceil(`1.5`)", json), .int(2)))
        #expect(StrictJSON.identical(try search("floor(`-1.5`)", json), .int(-2)))
        #expect(StrictJSON.identical(try search("to_number('42')", json), .int(42)))
        #expect(StrictJSON.identical(try search("to_number('4.0')", json), .double(4)))
        #expect(StrictJSON.identical(try search("sum(`[9223372036854775807, 1]`)", json), .double(9.223372036854775808e18)))
        #expect(try search("sum(`[]`)", json) == 0)
        #expect(try search("avg(`[]`)", json) == .null)
    }

    @Test("equality treats 1 and 1.0 alike; ordering is for numbers only")
    func comparisons() throws {
        #expect(try search("`1` == `1.0`", "{}") == true)
        #expect(try search("`[1, {\"a\": 2}]` == `[1.0, {\"a\": 2.0}]`", "{}") == true)
        #expect(try search("`2` > `1.5`", "{}") == true)
        #expect(try search("'b' > 'a'", "{}") == .null)
        #expect(try search("`true` < `false`", "{}") == .null)
        #expect(try search("`9007199254740993` == `9007199254740992.0`", "{}") == false)
    }

    @Test("to_string writes compact JSON and keeps non-ASCII text")
    func toStringCompact() throws {
        #expect(try search(#"to_string(`{"a": [1, 2.5, "é"], "b": null}`)"#, "{}") == #"{"a":[1,2.5,"é"],"b":null}"#)
        #expect(try search("to_string(`1.0`)", "{}") == "1.0")
        #expect(try search("to_string('x')", "{}") == "x")
    }

    @Test("pipes end projections; flatten and filters project")
    func projections() throws {
        let json = #"{"a": [{"b": [1, 2]}, {"b": [3]}, {"c": 4}]}"#
        #expect(try search("a[*].b[0]", json) == [1, 3])
        #expect(try search("a[*].b | [0]", json) == [1, 2])
        #expect(try search("a[].b[]", json) == [1, 2, 3])
        #expect(try search("a[?b].c", json) == [])
        #expect(try search("a[?c].c", json) == [4])
        #expect(try search("a[::-1].b", json) == [[3], [1, 2]])
        #expect(try search("a.*", json) == .null)
        #expect(try search("[a[0].b, a[1].b]", json) == [[1, 2], [3]])
    }

    @Test("slices follow Python's rules, negative steps and bounds included")
    func slices() throws {
        let json = "[0, 1, 2, 3, 4, 5]"
        #expect(try search("[::-2]", json) == [5, 3, 1])
        #expect(try search("[-2:]", json) == [4, 5])
        #expect(try search("[10:-10:-1]", json) == [5, 4, 3, 2, 1, 0])
        #expect(try search("[1:1]", json) == [])
        #expect(try search("[9223372036854775807:0:-9223372036854775807]", json) == [5])
        #expect(try search("[::9223372036854775807]", json) == [0])
    }

    @Test("sort_by is stable and rejects mixed key types")
    func sortBy() throws {
        let json = #"[{"k": 2, "n": "a"}, {"k": 1, "n": "b"}, {"k": 2, "n": "c"}, {"k": 1, "n": "d"}]"#
        #expect(try search("sort_by(@, &k)[*].n", json) == ["b", "d", "a", "c"])
        #expect(try search("max_by(@, &k).n", json) == "a")
        #expect(try search("min_by(@, &k).n", json) == "b")
        #expect(throws: JMESPathError.self) { try search("sort_by(@, &n || k)", #"[{"n": "a"}, {"k": 1}]"#) }
    }

    @Test("an expression reference outside a function yields null")
    func bareExpressionReference() throws {
        #expect(try search("&a", #"{"a": 1}"#) == .null)
    }
}
