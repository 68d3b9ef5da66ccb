import ArgumentParser
import ArmletEngine
import ArmletProviders
import Foundation

/// `armlet disk write` — Armlet's own command (the Azure CLI has none): writes or clears a disk's
/// pages as the VM attached to it would, so that snapshots taken between writes differ.
struct DiskWriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "Write or clear a disk's pages as an attached VM would (Armlet's own command).",
        discussion: """
        Armlet stands in for the VM a disk would be attached to: --file writes that file's bytes at \
        --offset, --clear --length N trims N bytes there (they read as zeros again and leave the \
        page list). Offsets and lengths are multiples of 512 within the disk. A disk made for an \
        upload is written through its Write SAS instead (grant-access --access-level Write).

        Examples:
          armlet disk write -g disks-rg -n data1 --offset 2097152 --file block.bin
          armlet disk write -g disks-rg -n data1 --offset 0 --clear --length 1048576
        """
    )

    @Option(name: [.customShort("g"), .customLong("resource-group")], help: "Name of resource group.")
    var resourceGroup: String

    @Option(name: [.customShort("n"), .long], help: "The name of the disk.")
    var name: String

    @Option(name: .long, help: "The byte offset to write at (a multiple of 512).")
    var offset: Int64

    @Option(name: .long, help: "The file whose bytes are written (its size a multiple of 512, at most 256 MiB).")
    var file: String?

    @Flag(name: .long, help: "Clear --length bytes at --offset instead of writing.")
    var clear = false

    @Option(name: .long, help: "With --clear: how many bytes to clear (a multiple of 512).")
    var length: Int64?

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions

    /// The largest file one call writes (the pages are held in memory once).
    static let maximumFileSize = 256 << 20

    func validate() throws {
        if clear {
            guard file == nil else { throw ValidationError("usage error: --file and --clear cannot be used together") }
            guard length != nil else { throw ValidationError("usage error: --clear needs --length") }
        } else {
            guard file != nil else { throw ValidationError("usage error: --file PATH | --clear --length N") }
            guard length == nil else { throw ValidationError("usage error: --length is only used with --clear") }
        }
    }

    func run() throws {
        let change: DiskWrites.Change
        if let file {
            change = .write(try Self.read(file))
        } else {
            change = .clear(length: length ?? 0)
        }
        let manager = try global.context(subscription: subscription.subscription).resources
        try AzureErrorText.serviceErrors {
            try manager.writeDisk(group: resourceGroup, name: name, offset: offset, change: change)
        }
    }

    private static func read(_ path: String) throws -> [UInt8] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let size = (attributes?[.size] as? NSNumber)?.intValue else {
            throw AzureCLIFailure(text: "The file '\(path)' cannot be read.", exitCode: 1)
        }
        guard size <= maximumFileSize else {
            throw AzureCLIFailure(text: "The file '\(path)' has \(size) bytes; write at most \(maximumFileSize) "
                                      + "bytes per call.", exitCode: 1)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AzureCLIFailure(text: "The file '\(path)' cannot be read.", exitCode: 1)
        }
        return [UInt8](data)
    }
}
