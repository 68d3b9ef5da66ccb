import ArmletJSON
import ArmletState
import Foundation
import HTTPTypes

/// The ARM paths the load clients use: the group `load` holding the disk `d1` that is read and
/// listed, and the group `loadwrites` the new disks are written to (so the listed page stays one
/// disk long whatever the duration, as in `scripts/client-tests/load_check.py`).
enum LoadPaths {
    static let subscription = SubscriptionRecord.default.id
    static let tenant = TenantRecord.default.id
    static let readGroupName = "load"
    static let writeGroupName = "loadwrites"
    static let groupVersion = "?api-version=2024-11-01"
    static let diskVersion = "?api-version=2025-01-02"

    static func group(_ name: String) -> String { "/subscriptions/\(subscription)/resourceGroups/\(name)" }
    static func disks(in group: String) -> String { Self.group(group) + "/providers/Microsoft.Compute/disks" }
    static let disk = disks(in: readGroupName) + "/d1" + diskVersion
    static let diskList = disks(in: readGroupName) + diskVersion
    static func newDisk(_ name: String) -> String { disks(in: writeGroupName) + "/" + name + diskVersion }

    /// An empty Standard disk of `size` GB.
    static func diskBody(size: Int) -> String {
        #"{"location": "westus", "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": \#(size)}}"#
    }

    /// The path and query of an absolute URL (`https://host:port/a?b` → `/a?b`).
    static func pathAndQuery(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        return rest.firstIndex(of: "/").map { String(rest[$0...]) }
    }
}

/// What a client does before the load: a token from the token endpoint (client credentials, as
/// the Azure SDKs ask), then the two groups and the disk `d1`.
enum LoadSetup {
    /// Prepares the server's state through `connection` and returns the access token.
    /// - Throws: ``LoadError`` when a step is refused; the transport's error.
    static func prepare(_ connection: LoadConnection) async throws -> String {
        let form = "grant_type=client_credentials&client_id=load&client_secret=x"
            + "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default"
        let reply = try await connection.send(.post, "/\(LoadPaths.tenant)/oauth2/v2.0/token", body: form, form: true)
        guard reply.status == 200, let token = (try? JSONReader.value(reply.text))?["access_token"]?.stringValue else {
            throw LoadError("token request answered \(reply.status): \(reply.text.prefix(200))")
        }
        var authorized = connection
        authorized.token = token
        for name in [LoadPaths.readGroupName, LoadPaths.writeGroupName] {
            try await expect([200, 201], authorized.send(.put, LoadPaths.group(name) + LoadPaths.groupVersion,
                                                         body: #"{"location": "westus"}"#), "PUT group \(name)")
        }
        try await expect([200, 201, 202], authorized.send(.put, LoadPaths.disk, body: LoadPaths.diskBody(size: 4)),
                         "PUT disk d1")
        return token
    }

    private static func expect(_ statuses: Set<Int>, _ reply: LoadReply, _ step: String) throws {
        guard statuses.contains(reply.status) else {
            throw LoadError("\(step) answered \(reply.status): \(reply.text.prefix(200))")
        }
    }
}
