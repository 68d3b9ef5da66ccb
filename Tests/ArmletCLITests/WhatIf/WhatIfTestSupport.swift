@testable import ArmletCLI
import ArmletJSON
import ArmletTestSupport
import ArmletProviders
import ArmletState
import ArmletTemplate
@testable import ArmletEngine
import Foundation
import Synchronization
import Testing

/// Golden files, expansion and a provider-backed "current state" for the what-if tests.
enum WhatIfTestSupport {
    static var testsRoot: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent() }
    static var goldenRoot: URL { testsRoot.appendingPathComponent("Golden/whatif") }
    static var sharedRoot: URL { PackagePaths.sharedRoot }

    /// Compares `text` with `Golden/whatif/<name>` (rewriting it under `ARMLET_UPDATE_GOLDEN=1`).
    static func expectGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        Golden.expect(text, matches: goldenRoot.appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    static let subscription = SubscriptionRecord.default
    static let groupName = "rg"

    static var context: DeploymentContext {
        var c = DeploymentContext()
        c.subscriptionId = subscription.id
        c.resourceGroupName = groupName
        c.location = "westus"
        c.resourceGroupTags = JSONObject([("environment", JSONValue.string("armlet"))])
        return c
    }

    static func expand(_ text: String, parameters: [String: JSONValue] = [:], file: String = "t.json") throws -> DeploymentPlan {
        let loaded = try TemplateLoader.load(text: text, file: file)
        let supplied = NamedList(parameters.sorted { $0.key < $1.key }.map { SuppliedParameter(name: $0.key, value: $0.value) })
        let result = TemplateExpander.expand(loaded, parameters: supplied, context: context)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.rendered))")
        return result.plan
    }
}

/// An in-memory store behind the standard providers: what Armlet stores and a GET returns.
struct WhatIfWorld: Sendable {
    let store: SQLiteStateStore
    let registry: ProviderRegistry
    let group: ResourceGroupRecord
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    init() throws {
        store = try SQLiteStateStore.inMemory()
        let counter = IdentifierCounter()
        registry = ProviderRegistry.standard(simulation: ComputeSimulation(makeIdentifier: { counter.next() }))
        group = ResourceGroupRecord(subscriptionId: WhatIfTestSupport.subscription.id, name: WhatIfTestSupport.groupName,
                                    location: "westus", createdTime: Self.now)
        let group = self.group
        try store.write { try $0.save(group) }
    }

    var scopeId: String { "/subscriptions/\(group.subscriptionId)/resourceGroups/\(group.name)" }

    func id(_ type: String, _ name: String) -> String { "\(scopeId)/providers/\(type)/\(name)" }

    /// PUTs `body` through the provider for `type`, as a deployment would.
    func put(id: String, type: String, name: String, apiVersion: String, body: JSONValue) throws {
        let request = ResourceRequest(id: id, type: type, apiVersion: apiVersion, name: name, body: body,
                                      subscription: WhatIfTestSupport.subscription, resourceGroup: group, now: Self.now)
        let provider = registry.provider(for: type)
        _ = try store.write { try provider.put(request, in: $0) }
    }

    /// "Deploys" a plan: PUTs every deployed resource (nested deployments excepted) in dependency order.
    /// Returns how many PUTs failed (providers may refuse what a template asks).
    @discardableResult
    func deploy(_ plan: DeploymentPlan) -> Int {
        var failures = 0
        let byId = Dictionary(plan.deployedResources.map { ($0.id.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        var done = Set<String>()
        let ordered = plan.dependencyOrder.flatMap { $0 }.compactMap { byId[$0.lowercased()] } + plan.deployedResources
        for r in ordered where done.insert(r.id.lowercased()).inserted {
            guard !WhatIfDiffer.isDeployment(r.type) else { continue }
            do {
                let body = try plan.resolvedBody(of: r, resolver: StoreResolver(world: self))
                try put(id: r.id, type: r.type, name: r.name, apiVersion: r.apiVersion ?? "", body: .object(body))
            } catch {
                failures += 1
            }
        }
        return failures
    }

    /// Every resource of the store as its provider's GET returns it.
    func current() throws -> [JSONValue] {
        let records = try store.read { try $0.resources(matching: ResourceQuery()) }
        // Groups a template created are resources of the subscription too, as the engine's what-if reads them.
        let groups = try store.read { try $0.resourceGroups(subscriptionId: WhatIfTestSupport.subscription.id) }
        return try groups.map(ResourceGroupProvider.body) + records.map { record in
            let request = ResourceRequest(id: record.id, type: record.type, apiVersion: record.apiVersion,
                                          name: record.name, subscription: WhatIfTestSupport.subscription,
                                          resourceGroup: group, now: Self.now)
            let provider = registry.provider(for: record.type)
            return try store.read { try provider.get(request, in: $0) }
        }
    }
}

/// `reference()` answered from the world's store, as the engine answers it while deploying.
struct StoreResolver: DeferredReferenceResolver {
    let world: WhatIfWorld

    struct Missing: Error {}

    func reference(resourceId: String, arguments: [JSONValue]) throws -> JSONValue {
        guard let body = try world.current().first(where: {
            $0["id"]?.stringValue?.lowercased() == resourceId.lowercased()
        }) else { throw Missing() }
        let full = arguments.contains { $0.stringValue?.lowercased() == "full" }
        return full ? body : (body["properties"] ?? .object(JSONObject()))
    }

    func list(function: String, resourceId: String, arguments: [JSONValue]) throws -> JSONValue {
        ["keys": [["keyName": "key1", "value": "armlet-key"]], "value": "armlet"]
    }
}

/// Deterministic GUIDs for the simulated Compute provider, so golden payloads are stable.
final class IdentifierCounter: Sendable {
    private let value = Mutex(0)

    func next() -> String {
        let n = value.withLock { v -> Int in
            v += 1
            return v
        }
        return String(format: "00000000-0000-4000-8000-%012x", n)
    }
}
