import Testing
import ArmletJSON

/// The located errors a YAML template can produce.
struct YAMLReaderErrorTests {
    static func error(_ yaml: String) -> JSONReadError? {
        do {
            _ = try YAMLReader.read(yaml, file: "t.yaml")
            return nil
        } catch {
            return error
        }
    }

    static func at(_ line: Int, _ column: Int) -> ArmletJSON.SourceLocation {
        ArmletJSON.SourceLocation(file: "t.yaml", line: line, column: column)
    }

    /// (yaml, message, line, column)
    static let cases: [(String, String, Int, Int)] = [
        // Duplicates: reported at the second occurrence, exact or differing in case.
        ("a: 1\nb: 2\na: 3\n", "Duplicate property 'a': the name was already used in this object; property names are compared ignoring case at line 3 column 1.", 3, 1),
        ("x:\n  name: 1\n  Name: 2\n", "Duplicate property 'Name': the name was already used (as 'name') in this object; property names are compared ignoring case at line 3 column 3.", 3, 3),
        ("k: v\nk: w\nk: x\n", "Duplicate property 'k': the name was already used in this object; property names are compared ignoring case at line 2 column 1.", 2, 1),
        ("\"a\": 1\n'a': 2\n", "Duplicate property 'a': the name was already used in this object; property names are compared ignoring case at line 2 column 1.", 2, 1),
        ("{a: 1, b: 2, a: 3}\n", "Duplicate property 'a': the name was already used in this object; property names are compared ignoring case at line 1 column 14.", 1, 14),
        ("- x: 1\n  y: 2\n  x: 3\n", "Duplicate property 'x': the name was already used in this object; property names are compared ignoring case at line 3 column 3.", 3, 3),
        ("b: {a: 1, a: 2}\nb: 3\n", "Duplicate property 'a': the name was already used in this object; property names are compared ignoring case at line 1 column 11.", 1, 11),
        // Syntax errors, at the line and column libyaml reports.
        ("a: 1\nb: [1, 2\n",
         "Invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence started at line 2 column 4) at line 3 column 1.",
         3, 1),
        ("a: b: c\n", "Invalid YAML: mapping values are not allowed in this context at line 1 column 5.", 1, 5),
        ("a:\n\t- b\n",
         "Invalid YAML: found character that cannot start any token (while scanning for the next token started at line 2 column 1) at line 2 column 1.",
         2, 1),
        ("a: *missing\n", "Invalid YAML: found undefined alias at line 1 column 4.", 1, 4),
        ("a: 'open\n", "Invalid YAML: found unexpected end of stream (while scanning a quoted scalar started at line 1 column 4) at line 2 column 1.", 2, 1),
        ("a: b\nc: x\u{1}y\n", "Invalid YAML text: control characters are not allowed at line 2 column 5.", 2, 5),
        ("a: 1\r\nb: 2\r\nA: 3\r\n",
         "Duplicate property 'A': the name was already used (as 'a') in this object; property names are compared ignoring case at line 3 column 1.",
         3, 1),
        // Document shape.
        ("", "The template is empty at line 1 column 1.", 1, 1),
        ("# only a comment\n", "The template is empty at line 1 column 1.", 1, 1),
        ("a: 1\n---\nb: 2\n", "A template must be a single YAML document, but another document starts at line 2 column 1.", 2, 1),
        // What templates do not support.
        ("base: &b {a: 1}\nderived:\n  <<: *b\n",
         "YAML merge keys ('<<') are not supported in templates; write the properties out at line 3 column 3.", 3, 3),
        ("a: !Ref name\n", "The YAML tag '!Ref' is not supported in templates at line 1 column 4.", 1, 4),
        ("? [a, b]\n: 1\n", "A property name must be a string, not a YAML collection at line 1 column 3.", 1, 3),
    ]

    @Test(arguments: cases)
    func locatedError(yaml: String, message: String, line: Int, column: Int) {
        let error = Self.error(yaml)
        #expect(error?.code == "InvalidTemplate")
        #expect(error?.message == message)
        #expect(error?.location == Self.at(line, column))
    }

    @Test func nestingIsLimitedAsInJSON() {
        let yaml = "a: " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "\n"
        let error = Self.error(yaml)
        // The 513th bracket, as the JSON reader counts.
        #expect(error?.message == "The YAML content is nested more than 512 levels deep at line 1 column 516.")
    }

    @Test func aQuotedMergeKeyIsAnOrdinaryKey() throws {
        let value = try YAMLReader.read("\"<<\": 1\n").value
        #expect(value == ["<<": 1])
    }

    @Test func aliasBombsAreRefused() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 {
            let ref = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(i): &a\(i) [\(ref)]\n"
        }
        let error = Self.error(yaml)
        #expect(error?.message.hasPrefix("The YAML aliases expand to more than 1000000 values") == true)
    }
}
