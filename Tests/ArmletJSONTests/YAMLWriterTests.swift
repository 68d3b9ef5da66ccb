import Testing
import ArmletJSON

/// The exact text ``YAMLWriter`` produces.
struct YAMLWriterTests {
    @Test func blockStyleLayout() {
        let value: JSONValue = [
            "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
            "contentVersion": "1.0.0.0",
            "parameters": ["count": ["type": "int", "defaultValue": 2, "minValue": 1]],
            "variables": [:],
            "resources": [
                [
                    "type": "Microsoft.Compute/disks",
                    "name": "[parameters('name')]",
                    "properties": ["diskSizeGB": 32, "tags": [], "zones": ["1", "2"]],
                ],
                [[1, 2], [] as JSONValue, "x"],
            ],
            "outputs": ["ratio": ["value": 1.0], "none": nil, "on": true],
        ]
        let expected = """
            $schema: https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#
            contentVersion: "1.0.0.0"
            parameters:
              count:
                type: int
                defaultValue: 2
                minValue: 1
            variables: {}
            resources:
              - type: Microsoft.Compute/disks
                name: "[parameters('name')]"
                properties:
                  diskSizeGB: 32
                  tags: []
                  zones:
                    - "1"
                    - "2"
              - - - 1
                  - 2
                - []
                - x
            outputs:
              ratio:
                value: 1.0
              none: null
              "on": true

            """
        #expect(YAMLWriter.write(value) == expected)
    }

    @Test func rootScalarsAndEmptyCollections() {
        #expect(YAMLWriter.write([:]) == "{}\n")
        #expect(YAMLWriter.write([]) == "[]\n")
        #expect(YAMLWriter.write(nil) == "null\n")
        #expect(YAMLWriter.write("true") == "\"true\"\n")
        #expect(YAMLWriter.write(.double(2)) == "2.0\n")
        #expect(YAMLWriter.write(.double(1e300)) == "1e+300\n")
        #expect(YAMLWriter.write(.double(-.infinity)) == "-.inf\n")
        #expect(YAMLWriter.write(.double(.nan)) == ".nan\n")
        #expect(YAMLWriter.write(.int(Int64.min)) == "-9223372036854775808\n")
    }

    /// (string, how it is written as a value)
    static let quoting: [(String, String)] = [
        ("plain text", "plain text"),
        ("Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts"),
        ("yes", "\"yes\""), ("on", "\"on\""), ("OFF", "\"OFF\""), ("n", "\"n\""), ("nope", "nope"),
        ("2024-01-01", "\"2024-01-01\""), ("1:20", "\"1:20\""), ("1_000", "\"1_000\""), ("1.0.0.0", "\"1.0.0.0\""),
        ("-", "\"-\""), ("12 angry men", "12 angry men"), ("2024-01-01T10:00:00Z", "\"2024-01-01T10:00:00Z\""), ("1st", "1st"), ("v1.2", "v1.2"), ("a:b", "a:b"), ("a#b", "a#b"), ("it's", "it's"),
        ("true", "\"true\""), ("False", "\"False\""), ("null", "\"null\""), ("~", "\"~\""), ("", "\"\""),
        ("123", "\"123\""), ("-1", "\"-1\""), ("1.5", "\"1.5\""), ("1e3", "\"1e3\""), (".inf", "\".inf\""),
        ("0x1F", "\"0x1F\""), ("0o7", "\"0o7\""),
        ("[concat('a')]", "\"[concat('a')]\""), ("{x}", "\"{x}\""), ("*ref", "\"*ref\""), ("&a", "\"&a\""),
        ("!tag", "\"!tag\""), ("|x", "\"|x\""), (">x", "\">x\""), ("'q'", "\"'q'\""), ("\"q\"", "\"\\\"q\\\"\""),
        ("%x", "\"%x\""), ("@x", "\"@x\""), ("`x`", "\"`x`\""), ("- x", "\"- x\""), ("-x", "\"-x\""),
        ("? x", "\"? x\""), (": x", "\": x\""), ("a: b", "\"a: b\""), ("a #b", "\"a #b\""), ("a:", "\"a:\""),
        (" lead", "\" lead\""), ("trail ", "\"trail \""), ("#c", "\"#c\""), ("---", "\"---\""), ("...", "\"...\""),
        ("tab\there", "\"tab\\there\""), ("bell\u{07}", "\"bell\\x07\""), ("nel\u{85}", "\"nel\\x85\""),
        ("ls\u{2028}", "\"ls\\u2028\""), ("bom\u{FEFF}", "\"bom\\uFEFF\""), ("back\\slash", "back\\slash"),
        ("cr\r\nlf", "\"cr\\r\\nlf\""), ("nul\0", "\"nul\\0\""), ("日本語", "日本語"), ("emoji 🎉", "emoji 🎉"),
        ("line1\nline2", "|-\n  line1\n  line2"), ("line1\nline2\n", "|\n  line1\n  line2"),
        ("a\n\n  b", "|-\n  a\n\n    b"), ("two\n\n", "\"two\\n\\n\""), (" x\ny", "\" x\\ny\""),
        ("x\n   \ny", "\"x\\n   \\ny\""), ("\n", "\"\\n\""),
    ]

    @Test(arguments: quoting)
    func stringQuoting(text: String, written: String) throws {
        let yaml = YAMLWriter.write(["v": .string(text)])
        #expect(yaml == "v: \(written)\n")
        #expect(try YAMLReader.read(yaml).value == ["v": .string(text)])
    }

    @Test func keysAreQuotedWhenNeeded() throws {
        let value: JSONValue = ["true": 1, "1": 2, "": 3, "a: b": 4, "multi\nline": 5, "<<": 6, "ok": 7]
        let yaml = YAMLWriter.write(value)
        #expect(yaml == """
            "true": 1
            "1": 2
            "": 3
            "a: b": 4
            "multi\\nline": 5
            "<<": 6
            ok: 7

            """)
        #expect(try YAMLReader.read(yaml).value == value)
    }

    @Test func veryLongKeysUseTheExplicitForm() throws {
        let key = String(repeating: "k", count: 1500)
        let inner: JSONValue = .object(JSONObject([(key, JSONValue.int(2))]))
        let value: JSONValue = .object(JSONObject([(key, ["a": 1] as JSONValue), ("b", [inner] as JSONValue)]))
        let yaml = YAMLWriter.write(value)
        #expect(yaml.hasPrefix("? \(key)\n:\n  a: 1\n"))
        #expect(try YAMLReader.read(yaml).value == value)
    }
}
