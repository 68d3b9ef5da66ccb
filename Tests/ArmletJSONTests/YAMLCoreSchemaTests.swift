import Testing
import ArmletJSON

/// How plain, quoted, block and tagged scalars read under the YAML 1.2 core schema.
struct YAMLCoreSchemaTests {
    static let plainScalars: [(String, JSONValue)] = [
        // Null
        ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null), ("", .null),
        ("nULL", "nULL"), ("none", "none"),
        // Booleans: only the core spellings
        ("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false),
        ("tRUE", "tRUE"), ("yes", "yes"), ("Yes", "Yes"), ("no", "no"), ("NO", "NO"),
        ("on", "on"), ("off", "off"), ("y", "y"), ("n", "n"),
        // Integers
        ("0", 0), ("42", 42), ("-17", -17), ("+5", 5), ("007", 7), ("0o17", 15), ("0x1F", 31), ("0xff", 255),
        ("9223372036854775807", .int(Int64.max)), ("-9223372036854775808", .int(Int64.min)),
        ("9223372036854775808", .double(9223372036854775808.0)),
        ("0xFFFFFFFFFFFFFFFF", .double(18446744073709551615.0)),
        ("1_000", "1_000"), ("0b101", "0b101"), ("0o", "0o"), ("0x", "0x"), ("0o8", "0o8"), ("-0x1", "-0x1"),
        ("1:20", "1:20"),
        // Floats
        ("1.5", 1.5), ("-0.25", -0.25), ("1.0", .double(1.0)), ("1.", .double(1.0)), (".5", 0.5), ("+.5", 0.5),
        ("1e3", .double(1000)), ("1E-2", 0.01), ("2.5e+2", 250.0), (".inf", .double(.infinity)),
        ("-.Inf", .double(-.infinity)), ("+.INF", .double(.infinity)),
        ("1.2.3", "1.2.3"), ("e3", "e3"), ("1e", "1e"), (".", "."), ("-a", "-a"), ("+", "+"), ("inf", "inf"), ("nan", "nan"),
        // Strings that merely look special
        ("2024-01-01", "2024-01-01"), ("1.0.0.0", "1.0.0.0"), ("=", "="), ("[concat('a')]", "[concat('a')]"),
        ("hello world", "hello world"),
    ]

    @Test(arguments: plainScalars)
    func plainScalarResolves(text: String, expected: JSONValue) throws {
        let yaml = text.hasPrefix("[") ? "v: \"\(text)\"\n" : "v: \(text)\n"
        let value = try YAMLReader.read(yaml).value
        #expect(value["v"] == expected, "plain '\(text)'")
    }

    @Test func notANumberIsADouble() throws {
        for text in [".nan", ".NaN", ".NAN"] {
            let value = try YAMLReader.read("v: \(text)\n").value
            guard case .double(let d)? = value["v"] else {
                Issue.record("\(text) read as \(String(describing: value["v"]))")
                continue
            }
            #expect(d.isNaN)
        }
    }

    @Test func quotedAndBlockScalarsAreStrings() throws {
        let yaml = """
            a: "true"
            b: '123'
            c: "null"
            d: ''
            e: "[concat('a', 'b')]"
            f: |
              12
            g: >-
              yes
            h: "1.5"

            """
        let value = try YAMLReader.read(yaml).value
        #expect(value == [
            "a": "true", "b": "123", "c": "null", "d": "", "e": "[concat('a', 'b')]",
            "f": "12\n", "g": "yes", "h": "1.5",
        ])
    }

    @Test func explicitTagsWin() throws {
        let yaml = """
            s: !!str 123
            t: !!str true
            i: !!int "42"
            f: !!float 1
            g: !!float "2.5"
            b: !!bool "false"
            n: !!null ""
            x: ! 12
            m: !!map {a: 1}
            q: !!seq [1]

            """
        let value = try YAMLReader.read(yaml).value
        #expect(value == [
            "s": "123", "t": "true", "i": 42, "f": .double(1), "g": 2.5, "b": false, "n": nil, "x": "12",
            "m": ["a": 1], "q": [1],
        ])
    }

    @Test func aTagThatDoesNotFitIsAnError() {
        #expect(throws: JSONReadError("'abc' is not a valid value for the YAML tag 'tag:yaml.org,2002:int'",
                                      location: SourceLocation(file: "", line: 1, column: 4))) {
            try YAMLReader.read("v: !!int abc\n")
        }
    }

    @Test func nonStringKeysBecomeStrings() throws {
        let value = try YAMLReader.read("1: a\ntrue: b\nnull: c\n1.5: d\n").value
        #expect(value.objectValue?.keys == ["1", "true", "null", "1.5"])
        #expect(value["true"] == "b")
    }
}
