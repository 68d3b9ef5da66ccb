import ArmletJSON
import Foundation
import HTTPTypes
import Testing

/// `beginGetAccess` with `getSecureVMGuestStateSAS`: only a disk with a VM guest state (Trusted Launch
/// or confidential VM) answers `securityDataAccessSAS` beside `accessSAS`.
@Suite struct VMGuestStateAccessTests {
    static let disks = "/subscriptions/\(TestServer.subscription)/resourceGroups/rg1/providers/Microsoft.Compute/disks"
    static let version = "?api-version=2025-01-02"
    static let grant = #"{"access": "Read", "durationInSeconds": 300, "getSecureVMGuestStateSAS": true}"#

    @Test func onlyADiskWithAGuestStateExportsIt() async throws {
        let server = try TestServer()
        let (secure, plain) = try await server.test { client in
            _ = try await client.send(.put, "/subscriptions/\(TestServer.subscription)/resourceGroups/rg1?api-version=2024-11-01",
                                      body: #"{"location": "westus"}"#)
            _ = try await client.send(.put, Self.disks + "/secure" + Self.version, body: """
                {"location": "westus", "properties": {"osType": "Windows", "securityProfile": {"securityType": "TrustedLaunch"},
                 "creationData": {"createOption": "UploadPreparedSecure", "uploadSizeBytes": 10737418752}}}
                """)
            _ = try await client.send(.put, Self.disks + "/plain" + Self.version, body: """
                {"location": "westus", "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}
                """)
            var results: [JSONValue] = []
            for name in ["secure", "plain"] {
                let reply = try await client.send(.post, Self.disks + "/\(name)/beginGetAccess" + Self.version, body: Self.grant)
                #expect(reply.status == 202)
                results.append(try await client.send(.get, pathAndQuery(reply.header("Location"))).json)
            }
            return (results[0], results[1])
        }
        #expect(secure["accessSAS"]?.stringValue?.contains("/abcd?") == true)
        #expect(secure["securityDataAccessSAS"]?.stringValue?.contains("/vmgs?") == true)
        #expect(secure["securityMetadataAccessSAS"] == nil)
        #expect(plain["accessSAS"] != nil)
        #expect(plain["securityDataAccessSAS"] == nil)
    }
}
