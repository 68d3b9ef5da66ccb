import ArmletJSON
import ArmletTestSupport
import Foundation
import HTTPTypes
import Testing

/// Every hostile template of ``HostileTemplates`` sent to validate, what-if and a deployment: each gets
/// a clean ARM answer carrying the template's error (or succeeds, for the legitimate ones) well
/// within the request deadline, and the server keeps answering afterwards.
@Suite struct HostileRequestTests {
    static let version = DeploymentTests.version
    static let deployments = DeploymentTests.deployments

    @Test(arguments: HostileTemplates.names)
    func theServerAnswersAndSurvives(name: String) async throws {
        let hostile = try #require(HostileTemplates.named(name))
        let server = try TestServer()
        try await server.test { client in
            try await DeploymentTests.createGroup(client)
            let body = DeploymentTests.body(hostile.text, parameters: "{}")
            let started = ContinuousClock.now
            let validated = try await client.send(.post, Self.deployments + "/h/validate" + Self.version, body: body)
            let whatIf = try await client.send(.post, Self.deployments + "/h/whatIf" + Self.version, body: body)
            let deployed = try await DeploymentTests.deploy(client, name: "h", body: body)
            #expect(ContinuousClock.now - started < .seconds(60))
            if let fragment = hostile.expected {
                for (action, reply) in [("validate", validated), ("whatIf", whatIf), ("deploy", deployed.put)] {
                    // What-if reports a template that fails to evaluate as a Failed operation result.
                    let failed = reply.status == 400
                        || (action == "whatIf" && reply.status == 200 && reply.json["status"]?.stringValue == "Failed")
                    #expect(failed, "\(name) \(action): \(reply.status) \(reply.text.prefix(300))")
                    #expect(reply.text.contains(fragment), "\(name) \(action): \(reply.text.prefix(500))")
                }
            } else {
                #expect(validated.status == 200, "\(name): \(validated.text.prefix(300))")
                #expect(whatIf.status < 300, "\(name): \(whatIf.text.prefix(300))")
                #expect(deployed.status["status"]?.stringValue == "Succeeded", "\(name): \(deployed.status)")
            }
            let alive = try await client.send(.get, "/subscriptions?api-version=2022-12-01")
            #expect(alive.status == 200)
        }
        // Nothing half-written: a refused deployment leaves no resources behind.
        if hostile.expected != nil {
            #expect(try !server.fingerprint().contains("resource "))
        }
    }

    /// Sizes that once overflowed the bytes computation: refused with `InvalidParameter`, never a trap.
    @Test(arguments: ["9223372036854775807", "-9223372036854775808", "0", "32768", "20972033"])
    func diskSizesOutsideTheSkuAreRefused(size: String) async throws {
        let server = try TestServer()
        try await server.test { client in
            try await DeploymentTests.createGroup(client)
            let disk = DeploymentTests.group + "/providers/Microsoft.Compute/disks/d?api-version=2023-04-02"
            let body = #"{"location": "westus", "sku": {"name": "Premium_LRS"}, "#
                + #""properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": \#(size)}}"#
            let put = try await client.send(.put, disk, body: body)
            #expect(put.status == 400 && put.errorCode == "InvalidParameter", "\(put.text)")
            let created = try await client.send(.put, disk, body: body.replacingOccurrences(of: size, with: "4"))
            #expect(created.status < 300)
            let patch = try await client.send(.patch, disk, body: #"{"properties": {"diskSizeGB": \#(size)}}"#)
            #expect(patch.status >= 400 && patch.status < 500, "\(patch.text)")
            let upload = DeploymentTests.group + "/providers/Microsoft.Compute/disks/u?api-version=2023-04-02"
            let uploaded = try await client.send(.put, upload, body: #"{"location": "westus", "properties": "#
                + #"{"creationData": {"createOption": "Upload", "uploadSizeBytes": \#(size)}}}"#)
            #expect(uploaded.status == 400 && uploaded.errorCode == "InvalidParameter", "\(uploaded.text)")
            #expect(try await client.send(.get, "/subscriptions?api-version=2022-12-01").status == 200)
        }
    }
}
