import Testing
import ArmletJSON

/// `YAMLReader.read(YAMLWriter.write(v)) == v`, key order included.
struct YAMLRoundTripTests {
    static let trickyStrings: [String] = [
        "", " ", "  ", "true", "TRUE", "yes", "no", "on", "off", "y", "n", "null", "~", "NULL",
        "0", "-0", "+1", "007", "0x1F", "0o17", "1e3", "1.", ".5", "1.0", ".inf", "-.inf", ".nan", "1_000",
        "9223372036854775808", "[concat('a', 'b')]", "[[escaped]", "{not: json}", "*alias", "&anchor", "!tag",
        "!!str", "|", ">", "'", "\"", "%", "@", "`", "- ", "-", "--", "---", "...", "? ", "?", ": ", ":", "a: b",
        "a #b", "a#b", "#", "key:", " lead", "trail ", "tab\t", "\ttab", "a\nb", "a\nb\n", "a\n\nb\n\n", "\n",
        "\n\nx", "\nx", "x\n ", " x\ny", "x\n  indented\nback", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "x\u{FEFF}y",
        "\u{0}", "\u{7F}", "\u{1B}[0m", "é", "日本語", "🎉", "\u{E000}", "a\\b", "\\n", "'single' \"double\"",
        "<<", "=", "2024-01-01", "12:30", "Microsoft.Compute/disks", "https://example.com/a?b=c#d",
        "[if(equals(parameters('x'), 'y'), 'a: b', 'c # d')]", String(repeating: "long ", count: 400),
    ]

    @Test(arguments: trickyStrings)
    func stringAsValueAndKey(text: String) throws {
        let value: JSONValue = .object(JSONObject([
            ("value", .string(text)),
            (text.isEmpty ? "empty" : text, .array([.string(text), .object(JSONObject([(text, .string(text))]))])),
        ]))
        let yaml = YAMLWriter.write(value)
        let back = try YAMLReader.read(yaml).value
        #expect(yamlIdentical(back, value), "\(yaml)")
        #expect(try YAMLReader.read(YAMLWriter.write(.string(text))).value == .string(text))
    }

    @Test func aLeadingByteOrderMarkIsLost() throws {
        // Yams decodes each scalar with Foundation's `String(bytes:encoding:)`, which drops a
        // leading U+FEFF; one anywhere else survives.
        let yaml = YAMLWriter.write("\u{FEFF}x")
        #expect(yaml == "\"\\uFEFFx\"\n")
        let back = try YAMLReader.read(yaml).value
        withKnownIssue("Yams drops a leading U+FEFF from a scalar") {
            #expect(back == "\u{FEFF}x")
        }
    }

    static let numbers: [JSONValue] = [
        0, 1, -1, .int(Int64.max), .int(Int64.min), .double(0), .double(-0.0), .double(1), .double(-1),
        .double(0.1), .double(1.0 / 3), .double(1e16), .double(1e-7), .double(123456789012345680),
        .double(Double.greatestFiniteMagnitude), .double(Double.leastNonzeroMagnitude),
        .double(-Double.leastNormalMagnitude), .double(.infinity), .double(-.infinity), .double(9007199254740992), .double(0x1p53 + 2),
        true, false, nil,
    ]

    @Test(arguments: numbers)
    func scalarKeepsItsType(value: JSONValue) throws {
        let back = try YAMLReader.read(YAMLWriter.write(["v": value])).value
        #expect(back["v"] == value)
        #expect(back["v"]?.typeName == value.typeName)
    }

    @Test func nestedCollections() throws {
        let value: JSONValue = [
            "a": [[], [:], [[]], [[:]], [["x": []]], [[1, [2, [3]]]]],
            "b": ["c": ["d": ["e": [:]]]],
            "Z": [nil, "", [nil]],
            "z": 1,
            "m": ["multi\nline", ["k": "multi\nline\n"]],
        ]
        let back = try YAMLReader.read(YAMLWriter.write(value)).value
        #expect(yamlIdentical(back, value))
    }

    @Test func generatedValues() throws {
        var random = YAMLTestRandom(state: 20_241_125)
        let atoms = Self.trickyStrings + ["a", "b", "name", "type", "x y", "[", "]", ",", "{", "}"]
        func string() -> String {
            (0..<random.below(3) + 1).map { _ in random.pick(atoms) }.joined(separator: random.pick(["", " ", "\n", ": ", "#"]))
        }
        func value(depth: Int) -> JSONValue {
            switch random.below(depth > 3 ? 6 : 9) {
            case 0: return nil
            case 1: return .bool(random.below(2) == 0)
            case 2: return .int(Int64(bitPattern: random.next()) >> random.below(64))
            case 3: return .double(Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF))
            case 4, 5: return .string(string())
            case 6: return .array((0..<random.below(4)).map { _ in value(depth: depth + 1) })
            default:
                var object = JSONObject()
                for _ in 0..<random.below(5) {
                    let key = string()
                    if !object.contains(key) { object[key] = value(depth: depth + 1) }
                }
                return .object(object)
            }
        }
        var failures = 0
        for _ in 0..<1000 {
            let v = value(depth: 0)
            let yaml = YAMLWriter.write(v)
            do {
                let back = try YAMLReader.read(yaml).value
                if !yamlIdentical(back, v) {
                    failures += 1
                    Issue.record("round trip changed the value:\n\(yaml)")
                }
            } catch {
                failures += 1
                Issue.record("\(error.message)\n\(yaml)")
            }
            if failures > 3 { break }
        }
        #expect(failures == 0)
    }
}
