import ArmletJSON
import Testing

@Suite struct JSONReaderTests {
    @Test func readsScalarsAndKeepsIntegersApartFromDoubles() throws {
        let doc = try JSONReader.read(#"{"a": 1, "b": 1.0, "c": -9223372036854775808, "d": 9223372036854775808, "e": 1e3, "f": true, "g": null, "h": "x"}"#)
        #expect(doc.value["a"] == .int(1))
        #expect(doc.value["b"] == .double(1.0))
        #expect(doc.value["c"] == .int(Int64.min))
        #expect(doc.value["d"] == .double(9223372036854775808))
        #expect(doc.value["e"] == .double(1000))
        #expect(doc.value["f"] == .bool(true))
        #expect(doc.value["g"] == .null)
        #expect(doc.value["h"] == .string("x"))
    }

    @Test func objectsKeepOrderAndLookUpIgnoringCase() throws {
        let doc = try JSONReader.read(#"{"Zeta": 1, "alpha": 2, "apiVersion": 3}"#)
        let object = try #require(doc.value.objectValue)
        #expect(object.keys == ["Zeta", "alpha", "apiVersion"])
        #expect(object["APIVERSION"] == .int(3))
        #expect(object.writtenKey(for: "zeta") == "Zeta")
    }

    @Test func acceptsCommentsAndMultiLineStrings() throws {
        let text = """
        // leading comment
        {
          /* block
             comment */ "a": "line one
        line two", // trailing
          "b": [1, /* inline */ 2]
        }
        """
        let doc = try JSONReader.read(text, file: "t.json")
        #expect(doc.value["a"] == .string("line one\nline two"))
        #expect(doc.value["b"] == .array([1, 2]))
        #expect(doc.sourceMap.location(pointer: "/b") == SourceLocation(file: "t.json", line: 6, column: 8))
        #expect(doc.sourceMap.location(pointer: "/b/1") == SourceLocation(file: "t.json", line: 6, column: 25))
    }

    @Test func decodesEscapes() throws {
        let doc = try JSONReader.read(#"["\"\\\/\b\f\n\r\t", "\u00e9\ud83d\ude00", "[[literal]"]"#)
        #expect(doc.value[0] == .string("\"\\/\u{08}\u{0C}\n\r\t"))
        #expect(doc.value[1] == .string("é😀"))
        #expect(doc.value[2] == .string("[[literal]"))
    }

    @Test func recordsValueAndKeyPositions() throws {
        let text = """
        {
          "resources": [
            {
              "type": "Microsoft.Compute/snapshots",
              "apiVersion": "2022-03-22"
            }
          ]
        }
        """
        let doc = try JSONReader.read(text, file: "seed.json")
        let map = doc.sourceMap
        #expect(map.location(at: .root) == SourceLocation(file: "seed.json", line: 1, column: 1))
        #expect(map.location(pointer: "/resources") == SourceLocation(file: "seed.json", line: 2, column: 16))
        #expect(map.keyLocation(at: JSONPath(pointer: "/resources")) == SourceLocation(file: "seed.json", line: 2, column: 3))
        #expect(map.location(pointer: "/resources/0") == SourceLocation(file: "seed.json", line: 3, column: 5))
        #expect(map.location(pointer: "/resources/0/apiVersion") == SourceLocation(file: "seed.json", line: 5, column: 21))
        #expect(map.keyLocation(at: JSONPath(pointer: "/RESOURCES/0/APIVERSION")) == SourceLocation(file: "seed.json", line: 5, column: 7))
        #expect(map.location(pointer: "/resources/1") == nil)
        #expect(map.nearestLocation(at: JSONPath(pointer: "/resources/0/properties/x")) == SourceLocation(file: "seed.json", line: 3, column: 5))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let doc = try JSONReader.read("{\"é\": \"ü\", \"b\": 1}")
        #expect(doc.sourceMap.location(pointer: "/b") == SourceLocation(file: "", line: 1, column: 17))
    }

    struct BadInput: Sendable, CustomStringConvertible {
        let name: String
        let text: String
        let message: String
        var description: String { name }
    }

    static let badInputs: [BadInput] = [
        BadInput(name: "missing comma", text: "{\n  \"a\": 1\n  \"b\": 2\n}",
                 message: "Expected ',' or '}' after the value of property 'a' but found '\"' (a missing comma?) at line 3 column 3."),
        BadInput(name: "unterminated string", text: "{\n  \"a\": \"abc\n}",
                 message: "Unterminated string: the '\"' has no closing quote at line 2 column 8."),
        BadInput(name: "duplicate key", text: "{\n  \"name\": 1,\n  \"Name\": 2\n}",
                 message: "Duplicate property 'Name': the name was already used (as 'name') in this object; property names are compared ignoring case at line 3 column 3."),
        BadInput(name: "trailing comma", text: "[1,\n 2,\n]",
                 message: "Unexpected ']' after ','; a value was expected at line 3 column 1."),
        BadInput(name: "empty", text: "  \n",
                 message: "The document is empty at line 2 column 1."),
        BadInput(name: "extra text", text: "{} x",
                 message: "Additional text found after the end of the JSON content at line 1 column 4."),
        BadInput(name: "unterminated object", text: "{\n  \"a\": {\"b\": 1}",
                 message: "Unterminated object: '{' has no matching '}' at line 1 column 1."),
        BadInput(name: "single quotes", text: "{'a': 1}",
                 message: "Unexpected character ''' where a property name in double quotes was expected at line 1 column 2."),
        BadInput(name: "bad literal", text: "[tru]",
                 message: "Unexpected character 't' where a value was expected at line 1 column 2."),
        BadInput(name: "leading zero", text: "[01]",
                 message: "Invalid number: leading zeros are not allowed at line 1 column 2."),
        BadInput(name: "unterminated comment", text: "{} /* no end",
                 message: "Unterminated comment: '/*' has no closing '*/' at line 1 column 4."),
        BadInput(name: "bad escape", text: #"["\q"]"#,
                 message: #"Invalid escape sequence '\q' in string at line 1 column 3."#),
    ]

    @Test(arguments: badInputs)
    func reportsLocatedErrors(_ input: BadInput) {
        #expect(throws: JSONReadError.self) { try JSONReader.read(input.text, file: "bad.json") }
        do {
            _ = try JSONReader.read(input.text, file: "bad.json")
        } catch {
            #expect(error.code == "InvalidTemplate")
            #expect(error.message == input.message)
            #expect(error.location?.file == "bad.json")
        }
    }

    @Test func rejectsExcessiveNesting() {
        let text = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONReadError.self) { try JSONReader.read(text) }
    }

    @Test func valueOnlyReadingMatchesFullReading() throws {
        let text = #"{"a": [1, 2.5, "x", {"b": null}]}"#
        #expect(try JSONReader.value(text) == JSONReader.read(text).value)
    }
}
