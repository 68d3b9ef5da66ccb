import Foundation
import Testing

/// `armlet state export|import` (Armlet's own commands) from the command line.
@Suite struct StateCommandTests {
    @Test func exportThenImportIntoAnotherStateDirectory() throws {
        let cli = try DiskSnapshotCommandTests.withDisk()
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("armlet-state-\(UUID().uuidString)").path
        try Data(repeating: 7, count: 8192).write(to: URL(fileURLWithPath: page))
        #expect(cli.run(["disk", "write", "-g", "rg", "-n", "d1", "--offset", "4096", "--file", page]).status == 0)
        let file = page + ".jsonl"
        let exported = cli.run(["state", "export", "--file", file])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("\"volumes\": 1"))
        #expect(exported.stdout.contains("\"bytes\": 8192"))

        let other = try CLIHarness()
        let imported = other.run(["state", "import", "--file", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == exported.stdout)
        let shown = other.run(["disk", "show", "-g", "rg", "-n", "d1", "--query", "name", "-o", "tsv"])
        #expect(shown.stdout == "d1\n")
        // Importing again is refused: the state is in use now.
        let again = other.run(["state", "import", "--file", file])
        #expect(again.status == 1)
        #expect(again.stderr.contains("StateNotEmpty"))
    }

    @Test func aMissingFileOrABadURLIsAClearError() throws {
        let cli = try CLIHarness()
        let missing = cli.run(["state", "import", "--file", "/nonexistent/armlet.jsonl"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Cannot read the file '/nonexistent/armlet.jsonl'"))
        let badURL = cli.run(["group", "list", "--state-url", "mysql://user@host/db"])
        #expect(badURL.status == 1)
        #expect(badURL.stderr.contains("InvalidStateURL"))
        #expect(badURL.stderr.contains("postgresql://"))
    }
}
