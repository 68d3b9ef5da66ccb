@testable import ArmletCLI
import ArmletJSON
import Foundation
import Testing

/// `-o yaml` against what PyYAML itself printed (`scripts/generate-pyyaml-fixtures.py` writes the fixture).
@Suite struct PythonYAMLTests {
    /// One fixture entry: an input and `yaml.safe_dump(input, default_flow_style=False, allow_unicode=True)`.
    struct Case: Sendable, CustomTestStringConvertible {
        let number: Int
        let input: JSONValue
        let yaml: String

        var testDescription: String {
            let text = JSONWriter.write(input, style: .compact)
            return "#\(number) " + (text.count > 60 ? String(text.prefix(57)) + "..." : text)
        }
    }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pyyaml-cases.json")

    /// The fixture's cases.
    static func loadCases() throws -> [Case] {
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let entries = try JSONReader.value(text).arrayValue ?? []
        return entries.enumerated().compactMap { number, entry in
            guard let input = entry["input"], let yaml = entry["yaml"]?.stringValue else { return nil }
            return Case(number: number, input: input, yaml: yaml)
        }
    }

    /// The fixture's cases, or none when it cannot be read (``fixtureHasTheCases()`` then fails).
    static func cases() -> [Case] {
        (try? loadCases()) ?? []
    }

    @Test func fixtureHasTheCases() throws {
        #expect(try Self.loadCases().count >= 80)
    }

    @Test(arguments: cases())
    func matchesPyYAML(_ testCase: Case) {
        #expect(PythonYAML.dump(testCase.input) == testCase.yaml)
    }

    @Test func outputRendererUsesIt() throws {
        let renderer = OutputRenderer(format: .yaml, query: nil)
        #expect(try renderer.render(["id": "730bdac1-2f8d-4152-bdd7-6761dc985a77", "t": "2026-01-01T00:00:00Z"])
            == "id: 730bdac1-2f8d-4152-bdd7-6761dc985a77\nt: '2026-01-01T00:00:00Z'\n")
        #expect(try renderer.render(100.0) == "100.0\n...\n")
    }

    @Test func pythonFloatRepr() {
        let expected: [(Double, String)] = [
            (100.0, "100.0"), (31.25, "31.25"), (1e-05, "1e-05"), (0.0001, "0.0001"), (1e16, "1e+16"),
            (9.5e15, "9500000000000000.0"), (-0.0, "-0.0"), (0.0, "0.0"), (1.5e300, "1.5e+300"),
            (123456789.123, "123456789.123"), (-2.5e-7, "-2.5e-07"), (1e22, "1e+22"), (.infinity, "inf"),
        ]
        for (value, text) in expected {
            #expect(PythonText.pythonFloat(value) == text)
        }
    }
}
