import ArmletJSON
import Foundation
import HTTPTypes

/// The requests of one replay: preconditions, the example's own request, and its classification.
struct RestSession: Sendable {
    let client: TestServer.Client
    let example: RestExample
    let operation: RestOperation
    let parameters: JSONValue

    static let groupVersion = "2025-04-01"
    static let computeVersion = "2025-01-02"

    /// The example's group; for a list of a subscription, the group that holds what it lists.
    var groupPath: String? {
        let listsSubscription = operation.prefix.hasSuffix("_ListBySubscription")
        return (parameters["resourceGroupName"]?.stringValue ?? (listsSubscription ? "myResourceGroup" : nil)).map {
            "\(RestDependencies.subscription)/resourceGroups/\(RestOperation.encode($0))"
        }
    }

    /// Sets up what a user has before sending the example; an outcome when that failed.
    func prepare(dependencies: Bool, responses: JSONValue) async throws -> RestOutcome? {
        var steps: [(String, String, String)] = [] // (path, api-version, body)
        if let groupPath, operation.prefix != "CreateResourceGroup" {
            // A group the example reads is where the example documents it.
            let documented = operation.template == RestOperation.group ? responses.at("200.body.location") : nil
            steps.append((groupPath, Self.groupVersion,
                          #"{"location": "\#(documented?.stringValue ?? "westus")"}"#))
        }
        for resource in RestDependencies.targetNeeds[example.name] ?? [] {
            steps.append((resource.id, resource.apiVersion, resource.body))
        }
        if dependencies {
            for resource in RestDependencies.external[example.name] ?? [] {
                steps.append((resource.id, resource.apiVersion, resource.body))
            }
        }
        steps += computePreconditions()
        for (path, version, body) in steps {
            let reply = try await client.send(.put, path + "?api-version=" + version, body: body)
            guard (200..<300).contains(reply.status) else { return .failure(reply, during: "setting up \(path)") }
        }
        return try await deploymentPreconditions()
    }

    /// The disks and snapshots the example acts on or copies from.
    private func computePreconditions() -> [(String, String, String)] {
        guard let groupPath else { return [] }
        var steps: [(String, String, String)] = []
        func disk(_ name: String, body: String = RestDependencies.emptyDisk) {
            steps.append((groupPath + "/providers/Microsoft.Compute/disks/" + name, Self.computeVersion, body))
        }
        func snapshot(_ name: String, incremental: Bool = false) {
            let source = groupPath + "/providers/Microsoft.Compute/disks/\(name)-source"
            disk("\(name)-source")
            steps.append((groupPath + "/providers/Microsoft.Compute/snapshots/" + name, Self.computeVersion,
                          RestDependencies.snapshot(of: source, incremental: incremental)))
        }
        let body = operation.request(parameters).body
        // A source named by the request (a disk or snapshot to copy).
        if let source = body?.at("properties.creationData.sourceResourceId")?.stringValue {
            let parts = source.split(separator: "/").map(String.init)
            if parts.count >= 2, let type = parts.dropLast().last, let name = parts.last {
                if type.lowercased() == "disks" { disk(name) }
                if type.lowercased() == "snapshots" { snapshot(name) }
            }
        }
        if let (kind, name) = operation.computeTarget(parameters),
           operation.method != .put || body?["location"] == nil {
            switch kind {
            case .disk: disk(name, body: RestDependencies.targetDisk[example.name] ?? RestDependencies.emptyDisk)
            case .snapshot: snapshot(name, incremental: RestDependencies.incrementalTargets.contains(example.name))
            }
        }
        // A list has something to list; an export something to export.
        if example.name.hasPrefix("Disk_List") || example.name.hasPrefix("ExportResourceGroup") { disk("myDisk") }
        if example.name.hasPrefix("Snapshot_List") { snapshot("mySnapshot") }
        return steps
    }

    /// The earlier deployment an `onErrorDeployment` rolls back to.
    private func deploymentPreconditions() async throws -> RestOutcome? {
        guard let groupPath, let onError = operation.request(parameters).body?.at("properties.onErrorDeployment") else {
            return nil
        }
        let name = onError["deploymentName"]?.stringValue ?? "previous-deployment"
        let template = #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "#
            + #""contentVersion": "1.0.0.0", "resources": []}"#
        let reply = try await client.send(.put, groupPath + "/providers/Microsoft.Resources/deployments/\(name)"
                                              + "?api-version=" + Self.groupVersion,
                                          body: #"{"properties": {"mode": "Incremental", "template": "# + template + "}}")
        return (200..<300).contains(reply.status) ? nil : .failure(reply, during: "setting up deployment \(name)")
    }

    /// Sends the example's request and classifies the answer against `responses`.
    func send(responses: JSONValue) async throws -> RestOutcome {
        let (uri, body) = operation.request(parameters)
        let reply = try await client.send(operation.method, uri,
                                          body: body.map { JSONWriter.write($0, style: .pretty(indent: 2)) })
        guard (200..<300).contains(reply.status) else { return .failure(reply) }
        let documented = responses.members.map(\.key)
        guard documented.contains(String(reply.status)) else {
            return .other("\(reply.status), the example documents \(documented.joined(separator: "/"))")
        }
        var final = reply.json
        if reply.status == 202, let location = reply.header("Location") ?? reply.header("Azure-AsyncOperation") {
            let poll = try await client.send(.get, pathAndQuery(location))
            if !(200..<300).contains(poll.status) { return .failure(poll, during: "polling the operation") }
            final = poll.json
        }
        let check = RestShapeCheck(example: example, operation: operation, parameters: parameters, request: body,
                                   documented: responses["200"]?["body"] ?? responses[String(reply.status)]?["body"])
        if let problem = check.problem(in: final) { return problem }
        return try await checkAfterwards()
    }

    /// A deletion leaves nothing behind.
    private func checkAfterwards() async throws -> RestOutcome {
        guard operation.method == .delete else { return .pass }
        let path = operation.request(parameters).uri.split(separator: "?").first.map(String.init) ?? ""
        let version = parameters["api-version"]?.stringValue ?? Self.groupVersion
        let after = try await client.send(.get, path + "?api-version=" + version)
        return after.status == 404 ? .pass : .other("still there after DELETE (GET answered \(after.status))")
    }
}
