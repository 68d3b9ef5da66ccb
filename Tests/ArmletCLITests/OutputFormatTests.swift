@testable import ArmletCLI
import ArmletJSON
import JMESPath
import Testing

/// The Azure CLI's output formats, pinned on the shapes the seed's scripts print.
@Suite struct OutputFormatTests {
    static let snapshots: JSONValue = [
        ["name": "snap1", "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/snapshots/snap1",
         "incremental": true, "completionPercent": 100.0, "tags": [:], "location": "westus",
         "creationData": ["createOption": "Copy", "logicalSectorSize": 4096]],
        ["name": "snapshot-two", "id": "x", "incremental": false, "completionPercent": 42.5, "tags": [:],
         "location": "eastus", "creationData": [:]],
    ]

    func render(_ value: JSONValue, _ format: OutputFormat, query: String? = nil) throws -> String {
        try OutputRenderer(format: format, query: query.map { try JMESPathExpression($0) }).render(value)
    }

    @Test func jsonSortsKeysLikeTheCLI() throws {
        let text = try render(["b": 1, "a": ["d": true, "c": nil]], .json)
        #expect(text == "{\n  \"a\": {\n    \"c\": null,\n    \"d\": true\n  },\n  \"b\": 1\n}\n")
    }

    @Test func tableSortsColumnsSkipsIdsAndNestedValues() throws {
        let expected = """
        CompletionPercent    Incremental    Location    Name
        -------------------  -------------  ----------  ------------
        100.0                True           westus      snap1
        42.5                 False          eastus      snapshot-two

        """
        #expect(try render(Self.snapshots, .table) == expected)
    }

    @Test func tableWithAQueryKeepsTheQueryOrder() throws {
        let expected = """
        Name          Percent
        ------------  ---------
        snap1         100.0
        snapshot-two  42.5

        """
        #expect(try render(Self.snapshots, .table, query: "[].{Name: name, Percent: completionPercent}") == expected)
    }

    @Test func tableOfScalarsAndEmptyResults() throws {
        #expect(try render("abc", .table) == "Result\n--------\nabc\n")
        #expect(try render([], .table) == "\n")
    }

    @Test func tsvPrintsBareValues() throws {
        #expect(try render(Self.snapshots, .tsv, query: "[0].id") == "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/snapshots/snap1\n")
        #expect(try render(Self.snapshots, .tsv, query: "[0].[completionPercent]") == "100.0\n")
        #expect(try render(Self.snapshots, .tsv, query: "[0].[creationData.logicalSectorSize]") == "4096\n")
        #expect(try render(Self.snapshots, .tsv, query: "[0].incremental") == "true\n")
        #expect(try render(["b": [1, 2], "a": ["x": 1], "c": nil, "d": false], .tsv) == "\t2\tNone\tFalse\n")
    }

    @Test func noneAndYAML() throws {
        #expect(try render(Self.snapshots, .none) == "")
        #expect(try render(["b": 1, "a": "x"], .yaml) == "a: x\nb: 1\n")
    }

    @Test func badQueriesAreArgumentErrors() {
        let result = CommandRunner.capture(["template", "show", "Templates/incremental-snapshot.json", "--query", "[?"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("ERROR: argument --query: invalid jmespath_type value: '[?'"))
    }
}
