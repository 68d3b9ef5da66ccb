import ArmletJSON
import ArmletServer
import ArmletTestSupport
import Foundation
import HTTPTypes
import Testing

/// `POST /providers/Microsoft.Resources/calculateTemplateHash`.
@Suite struct TemplateHashTests {
    static let path = "/providers/Microsoft.Resources/calculateTemplateHash?api-version=2025-04-01"

    /// `value` with every object's members sorted, so that two texts compare by content.
    static func sorted(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            .object(JSONObject(object.members.sorted { $0.key < $1.key }.map { ($0.key, sorted($0.value)) }))
        case .array(let items): .array(items.map(sorted))
        default: value
        }
    }

    @Test func answersLikeMicrosoftsExample() async throws {
        guard let url = SharedFiles.url("rest-examples/resources/deployments-2025-04-01/CalculateTemplateHash.json") else {
            return
        }
        let example = try JSONReader.value(try String(contentsOf: url, encoding: .utf8))
        let template = try #require(example.at("parameters.template"))
        let expected = try #require(example.at("responses.200.body.minifiedTemplate")?.stringValue)
        let server = try TestServer()
        let reply = try await server.test { client in
            try await client.send(.post, Self.path, body: JSONWriter.write(template, style: .pretty(indent: 2)))
        }
        #expect(reply.status == 200)
        let minified = try #require(reply.json["minifiedTemplate"]?.stringValue)
        #expect(minified == JSONWriter.write(template, style: .compact).uppercased())
        #expect(minified.contains(#""BOOL":TRUE"#))
        // Microsoft's example lists the members in another order; the content is the same (read back
        // as JSON once the upper-cased literal is undone).
        func content(_ text: String) throws -> String {
            let json = try JSONReader.value(text.replacingOccurrences(of: ":TRUE", with: ":true"))
            return JSONWriter.write(Self.sorted(json), style: .compact)
        }
        #expect(try content(minified) == content(expected))
        #expect(!minified.contains("\n"))
        let hash = try #require(reply.json["templateHash"]?.stringValue)
        #expect(!hash.isEmpty && hash.allSatisfy(\.isNumber))
        #expect(reply.json.objectValue?.members.map(\.key).sorted() == ["minifiedTemplate", "templateHash"])
    }

    @Test func theHashIsTheOneADeploymentReports() async throws {
        let server = try TestServer()
        let template = #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "#
            + #""contentVersion": "1.0.0.0", "resources": [], "outputs": {"x": {"type": "string", "value": "a\nb"}}}"#
        let (hashed, deployment, other) = try await server.test { client in
            let hashed = try await client.send(.post, Self.path, body: template)
            _ = try await client.send(.put, "/subscriptions/\(TestServer.subscription)/resourcegroups/rg1?api-version=2024-11-01",
                                      body: #"{"location": "westus"}"#)
            let deployments = "/subscriptions/\(TestServer.subscription)/resourcegroups/rg1/providers/Microsoft.Resources/deployments"
            _ = try await client.send(.put, deployments + "/d1?api-version=2025-04-01",
                                      body: #"{"properties": {"mode": "Incremental", "template": "# + template + "}}")
            let deployment = try await client.send(.get, deployments + "/d1?api-version=2025-04-01")
            let other = try await client.send(.post, Self.path, body: #"{"resources": [1]}"#)
            return (hashed, deployment, other)
        }
        #expect(hashed.status == 200)
        #expect(hashed.json["templateHash"] == deployment.json.at("properties.templateHash"))
        #expect(hashed.json["templateHash"] != other.json["templateHash"])
        #expect(hashed.json["minifiedTemplate"]?.stringValue?.hasPrefix(#"{"$SCHEMA":"HTTPS://SCHEMA.MANAGEMENT.AZURE.COM/"#) == true)
    }

    @Test func refusesWhatIsNotATemplateObject() async throws {
        let server = try TestServer()
        let (array, get, badVersion) = try await server.test { client in
            (try await client.send(.post, Self.path, body: "[1]"),
             try await client.send(.get, Self.path),
             try await client.send(.post, "/providers/Microsoft.Resources/calculateTemplateHash?api-version=2099-01-01",
                                   body: "{}"))
        }
        #expect(array.status == 400 && array.errorCode == "InvalidRequestContent")
        #expect(get.status == 405)
        #expect(badVersion.status == 400 && badVersion.errorCode == "InvalidApiVersionParameter")
    }
}
