import Foundation
import Testing

/// The example scripts run with the built `armlet` binary; their output is pinned in golden files
/// (ids and timestamps normalised; `ARMLET_UPDATE_GOLDEN=1` regenerates).
@Suite struct SeedScriptTests {
    static let binary = CLIHarness.root.appendingPathComponent(".build/debug/armlet").path

    /// Runs `examples/<name>` with bash and returns its exit status and combined output.
    static func runScript(_ name: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [CLIHarness.root.appendingPathComponent("examples/\(name)").path]
        process.currentDirectoryURL = CLIHarness.root
        var environment = ProcessInfo.processInfo.environment
        environment["ARMLET"] = binary
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func seedCLIBlocksRunUnchanged() throws {
        let result = try Self.runScript("seed-cli.sh")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("0.0\n31.2\n62.5\n93.7\n100.0\n"))
        try CLIHarness.expectGolden(result.output, "seed-cli.txt")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func powerShellPathAsCLIEquivalents() throws {
        let result = try Self.runScript("seed-powershell-equivalents.sh")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("uniqueId changed\n"))
        try CLIHarness.expectGolden(result.output, "seed-powershell-equivalents.txt")
    }
}
