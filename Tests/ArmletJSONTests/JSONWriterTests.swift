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
}
