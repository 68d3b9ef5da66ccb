import ArmletJSON
import Testing

@Suite struct JSONWriterTests {
    @Test func printsLikeTheAzureCLI() throws {
        let value = try JSONReader.read(#"{"name": "d1", "tags": {}, "zones": [], "sizes": [1, 2.5], "nested": {"ok": true, "none": null}}"#).value
        let expected = """
        {
          "name": "d1",
          "tags": {},
          "zones": [],
          "sizes": [
            1,
            2.5
          ],
          "nested": {
            "ok": true,
            "none": null
          }
        }
        """
        #expect(JSONWriter.write(value) == expected)
    }

    @Test func compactHasNoWhitespace() {
        let value: JSONValue = ["a": [1, "b"], "c": ["d": nil]]
        #expect(JSONWriter.write(value, style: .compact) == #"{"a":[1,"b"],"c":{"d":null}}"#)
    }

    @Test func escapesOnlyWhatJSONRequires() {
        #expect(JSONWriter.write("a\"b\\c\nd\u{01}é/") == #""a\"b\\c\nd\u0001é/""#)
    }

    @Test func doublesStayDoubles() throws {
        for d in [1.0, 0.1, 1e22, -2.5e-7, 123456.789] {
            let text = JSONWriter.write(.double(d))
            #expect(try JSONReader.value(text) == .double(d), "\(text)")
        }
    }

    @Test func roundTripsThroughTheReader() throws {
        let text = #"{"a": [1, {"b": "c\nd"}, [], {}], "e": -0.5, "f": "ü"}"#
        let value = try JSONReader.value(text)
        #expect(try JSONReader.value(JSONWriter.write(value)) == value)
        #expect(try JSONReader.value(JSONWriter.write(value, style: .compact)) == value)
    }

    @Test func bytesAreTheWrittenText() {
        let value: JSONValue = ["name": "dé\u{1F600}", "tab": "\t", "list": [1, 2.5, true, nil], "empty": "", "e": [:]]
        for style in [JSONWriter.Style.compact, .pretty(indent: 2), .pretty(indent: 4)] {
            #expect(JSONWriter.bytes(value, style: style) == Array(JSONWriter.write(value, style: style).utf8))
        }
        #expect(JSONWriter.write(["e": "", "t": "\t\u{0C}\u{08}\r\u{1F}"], style: .compact) == #"{"e":"","t":"\t\f\b\r\u001f"}"#)
    }

    @Test func keysCompareIgnoringCase() {
        #expect(JSONObject.equalIgnoringCase("resourceGroups", "RESOURCEGROUPS"))
        #expect(JSONObject.equalIgnoringCase("", ""))
        #expect(!JSONObject.equalIgnoringCase("disks", "disk"))
        #expect(!JSONObject.equalIgnoringCase("a@", "a`"), "only letters fold: @ and ` differ by the case bit")
        #expect(!JSONObject.equalIgnoringCase("a[", "a{"))
        #expect(JSONObject.equalIgnoringCase("Ünïcode", "üNÏCODE"), "non-ASCII letters compare lower-cased")
        #expect(JSONObject.equalIgnoringCase("naïve", "naïve"))
        #expect(!JSONObject.equalIgnoringCase("naïve", "naive"))
    }

    @Test func foldingLowerCasesAsStringDoes() {
        for key in ["", "abc", "AbC-Z_09@[`{", "resourceGroup", "ÄBC", "straße", "İstanbul", "ǅ"] {
            #expect(JSONObject.fold(key) == key.lowercased(), "\(key)")
        }
    }
}
