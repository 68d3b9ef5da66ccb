import Foundation
import Testing

/// `armlet disk write` (Armlet's own command) and `disk create --upload-type`.
@Suite struct DiskWriteCommandTests {
    static func file(_ bytes: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("armlet-write-\(UUID().uuidString)").path
        try Data(repeating: 5, count: bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func writesClearsAndRefusesWhatAVMCouldNot() throws {
        let cli = try DiskSnapshotCommandTests.withDisk()
        let page = try Self.file(4096)
        defer { try? FileManager.default.removeItem(atPath: page) }
        #expect(cli.run(["disk", "write", "-g", "rg", "-n", "d1", "--offset", "8192", "--file", page]).status == 0)
        #expect(cli.run(["disk", "write", "-g", "rg", "-n", "d1", "--offset", "8192", "--clear", "--length", "512"])
            .status == 0)
        let unaligned = cli.run(["disk", "write", "-g", "rg", "-n", "d1", "--offset", "100", "--file", page])
        #expect(unaligned.status == 1)
        #expect(unaligned.stderr.hasPrefix("ERROR: (InvalidParameter) The range of 4096 bytes at offset 100 is not valid"))
        let missing = cli.run(["disk", "write", "-g", "rg", "-n", "nope", "--offset", "0", "--file", page])
        #expect(missing.status == 3)
        let usage = cli.run(["disk", "write", "-g", "rg", "-n", "d1", "--offset", "0", "--clear"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--clear needs --length"))
        let both = cli.run(["disk", "write", "-g", "rg", "-n", "d1", "--offset", "0", "--file", page, "--clear",
                            "--length", "512"])
        #expect(both.status == 2)
    }

    @Test func uploadDisksFromTheCommandLine() throws {
        let cli = try CLIHarness()
        #expect(cli.run(["group", "create", "-n", "rg", "-l", "westus", "-o", "none"]).status == 0)
        let created = cli.run(["disk", "create", "-g", "rg", "-n", "up", "--upload-type", "Upload", "--upload-size-bytes",
                               "20972032", "--sku", "Standard_LRS",
                               "--query", "[diskState, creationData.createOption, creationData.uploadSizeBytes]", "-o", "tsv"])
        #expect(created.status == 0)
        #expect(created.stdout == "ReadyToUpload\nUpload\n20972032\n")
        let legacy = cli.run(["disk", "create", "-g", "rg", "-n", "up2", "--for-upload", "--upload-size-bytes", "20972032",
                              "--query", "diskState", "-o", "tsv"])
        #expect(legacy.stdout == "ReadyToUpload\n")
        let withSource = cli.run(["disk", "create", "-g", "rg", "-n", "up4", "--upload-type", "Upload",
                                  "--upload-size-bytes", "20972032", "--source", "up"])
        #expect(withSource.status == 1)
        #expect(withSource.stderr == "ERROR: usage error: --source cannot be used with --upload-type\n")
        let noSize = cli.run(["disk", "create", "-g", "rg", "-n", "up3", "--upload-type", "Upload"])
        #expect(noSize.status == 1)
        #expect(noSize.stderr.contains("uploadSizeBytes"))
        let page = try Self.file(512)
        defer { try? FileManager.default.removeItem(atPath: page) }
        let vmWrite = cli.run(["disk", "write", "-g", "rg", "-n", "up", "--offset", "0", "--file", page])
        #expect(vmWrite.status == 1)
        #expect(vmWrite.stderr.contains("waiting for an upload"))
        let granted = cli.run(["disk", "grant-access", "-g", "rg", "-n", "up", "--access-level", "Write",
                               "--duration-in-seconds", "600", "--query", "accessSAS", "-o", "tsv"])
        #expect(granted.stdout.contains("/md-") && granted.stdout.contains("&sig="))
        #expect(cli.run(["disk", "show", "-g", "rg", "-n", "up", "--query", "diskState", "-o", "tsv"]).stdout == "ActiveUpload\n")
        #expect(cli.run(["disk", "revoke-access", "-g", "rg", "-n", "up"]).status == 0)
        #expect(cli.run(["disk", "show", "-g", "rg", "-n", "up", "--query", "diskState", "-o", "tsv"]).stdout == "Unattached\n")
    }
}
