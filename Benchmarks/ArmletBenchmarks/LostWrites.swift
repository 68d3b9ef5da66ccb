import ArmletJSON
import ArmletServer
import ArmletState

/// The acknowledged writes the store does not hold as written: every disk whose PUT was answered
/// 2xx must exist in the write group with the `diskSizeGB` it was written with.
enum LostWrites {
    /// The names in `written` (name → size) missing from `services.store` or stored with another size.
    /// - Throws: the store's error.
    static func find(_ written: [String: Int], in services: ServerServices) async throws -> [String] {
        let stored = try await services.store.read { state in
            try state.resources(subscriptionId: LoadPaths.subscription, resourceGroup: LoadPaths.writeGroupName)
        }
        var sizes: [String: Int64] = [:]
        for record in stored where record.type.lowercased() == "microsoft.compute/disks" {
            sizes[record.name.lowercased()] = record.body["properties"]?["diskSizeGB"]?.intValue
        }
        return written.filter { name, size in sizes[name.lowercased()] != Int64(size) }.map(\.key).sorted()
    }
}
