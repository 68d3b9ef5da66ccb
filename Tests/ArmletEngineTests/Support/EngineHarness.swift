import ArmletCore
@testable import ArmletEngine
import ArmletJSON
import ArmletProviders
import ArmletState
import ArmletTemplate
import Foundation
import Synchronization
import Testing

/// 2026-01-01T00:00:00Z, where every test's virtual clock starts.
let t0 = Date(timeIntervalSince1970: 1_767_225_600)

/// The repository root (for `Templates/`).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// An engine over an in-memory store and a virtual clock, with a group `rg` in `westus`.
struct EngineHarness {
    let context: EngineContext
    let clock: VirtualClock

    init(registry: ProviderRegistry? = nil) throws {
        clock = VirtualClock(t0)
        let counter = Mutex(0)
        let simulation = ComputeSimulation(makeIdentifier: {
            let n = counter.withLock { value -> Int in
                value += 1
                return value
            }
            return String(format: "00000000-0000-0000-0000-%012d", n)
        })
        context = EngineContext(store: try SQLiteStateStore.inMemory(), clock: clock,
                                registry: registry ?? .standard(simulation: simulation))
        try context.resources.createOrUpdateGroup(name: "rg", location: "westus")
    }

    var subscriptionId: String { SubscriptionRecord.default.id }
    var groupId: String { "/subscriptions/\(subscriptionId)/resourceGroups/rg" }

    func id(_ type: String, _ name: String) -> String { "\(groupId)/providers/\(type)/\(name)" }

    /// A template loaded from `text` as if read from `file`.
    func template(_ text: String, file: String = "main.json") throws -> LoadedTemplate {
        try TemplateLoader.load(text: text, file: file)
    }

    func request(_ text: String, name: String = "main", parameters: [String: JSONValue] = [:],
                 mode: DeploymentMode = .incremental) throws -> DeploymentRequest {
        DeploymentRequest(name: name, resourceGroup: "rg", template: try template(text),
                          parameters: NamedList(parameters.map { SuppliedParameter(name: $0.key, value: $0.value) }),
                          mode: mode)
    }

    func deploy(_ text: String, name: String = "main", parameters: [String: JSONValue] = [:],
                mode: DeploymentMode = .incremental) throws -> Deployment {
        try context.deployments.deploy(try request(text, name: name, parameters: parameters, mode: mode))
    }

    /// The preflight error of deploying `text` (fails the test when there is none).
    func preflightError(_ text: String, parameters: [String: JSONValue] = [:]) throws -> ARMError {
        let validation = try context.deployments.validate(try request(text, parameters: parameters))
        return try #require(validation.error)
    }

    /// Creates a managed disk directly (as `az disk create` would).
    @discardableResult
    func disk(_ name: String, sku: String = "PremiumV2_LRS", sizeGB: Int64 = 4, sectorSize: Int64? = 4096)
        throws -> JSONValue
    {
        var creation = JSONObject()
        creation["createOption"] = "Empty"
        if let sectorSize { creation["logicalSectorSize"] = .int(sectorSize) }
        let body: JSONValue = ["location": "westus", "sku": ["name": .string(sku)],
                               "properties": ["creationData": .object(creation), "diskSizeGB": .int(sizeGB)]]
        return try context.resources.put(id: id("Microsoft.Compute/disks", name), apiVersion: "2025-01-02",
                                         body: body).body ?? .null
    }

    func resource(_ id: String, apiVersion: String = "2025-01-02") throws -> JSONValue {
        try context.resources.get(id: id, apiVersion: apiVersion)
    }

    func resourceIds() throws -> [String] {
        try context.store.read { try $0.resources(subscriptionId: subscriptionId, resourceGroup: "rg") }.map(\.id)
    }
}

/// The documented snapshot template, as written or with its API version corrected.
func seedTemplateText(corrected: Bool) throws -> String {
    let name = corrected ? "incremental-snapshot.corrected.json" : "incremental-snapshot.json"
    return try String(contentsOf: repositoryRoot.appendingPathComponent("Templates/\(name)"), encoding: .utf8)
}

/// A template of generic resources named `names` (type `Microsoft.Storage/storageAccounts`).
func widgetTemplate(_ names: [String], extra: String = "", outputs: String = "") -> String {
    let resources = names.map {
        #"{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2024-01-01", "name": "\#($0)", "location": "[resourceGroup().location]", "properties": {"size": 1}}"#
    }
    return """
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "resources": [
        \((resources + (extra.isEmpty ? [] : [extra])).joined(separator: ",\n    "))
      ],
      "outputs": {\(outputs)}
    }
    """
}
