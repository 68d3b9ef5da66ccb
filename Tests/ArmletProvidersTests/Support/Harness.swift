import ArmletBlocks
import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

/// 2026-01-01T00:00:00Z, where every test's virtual clock starts.
let t0 = Date(timeIntervalSince1970: 1_767_225_600)

/// An in-memory store, a virtual clock and the Compute provider, with helpers that run one request
/// in its own transaction, as the engine does.
struct Harness {
    let store: SQLiteStateStore
    let clock: VirtualClock
    let registry: ProviderRegistry
    let subscription: SubscriptionRecord
    let group: ResourceGroupRecord

    /// The block store disks keep their bytes in (none unless the test asks for one).
    let blocks: (any BlockStore)?

    init(simulation: ComputeSimulation = ComputeSimulation(), blocks: (any BlockStore)? = nil) throws {
        store = try SQLiteStateStore.inMemory()
        clock = VirtualClock(t0)
        self.blocks = blocks
        registry = ProviderRegistry.standard(simulation: simulation, blocks: blocks)
        subscription = SubscriptionRecord.default
        group = ResourceGroupRecord(subscriptionId: subscription.id, name: "rg", location: "westus", createdTime: t0)
        let group = self.group
        try store.write { try $0.save(group) }
    }

    func id(_ type: String, _ name: String, subscription: String? = nil) -> String {
        "/subscriptions/\(subscription ?? self.subscription.id)/resourceGroups/rg/providers/\(type)/\(name)"
    }

    func request(_ type: String, _ name: String, _ body: JSONValue = .null, apiVersion: String = "2025-01-02",
                 subscription: SubscriptionRecord? = nil) -> ResourceRequest {
        let sub = subscription ?? self.subscription
        var group = self.group
        group.subscriptionId = sub.id
        return ResourceRequest(id: id(type, name, subscription: sub.id), type: type, apiVersion: apiVersion,
                               name: name, body: body, subscription: sub, resourceGroup: group, now: clock.now())
    }

    @discardableResult
    func put(_ type: String, _ name: String, _ body: JSONValue, subscription: SubscriptionRecord? = nil) throws -> JSONValue {
        let request = request(type, name, body, subscription: subscription)
        let provider = registry.provider(for: type)
        return try store.write { try provider.put(request, in: $0) }.body ?? .null
    }

    @discardableResult
    func patch(_ type: String, _ name: String, _ body: JSONValue) throws -> JSONValue {
        let request = request(type, name, body)
        let provider = registry.provider(for: type)
        return try store.write { try provider.patch(request, in: $0) }.body ?? .null
    }

    func get(_ type: String, _ name: String) throws -> JSONValue {
        let request = request(type, name)
        let provider = registry.provider(for: type)
        return try store.read { try provider.get(request, in: $0) }
    }

    @discardableResult
    func delete(_ type: String, _ name: String) throws -> ProviderResult {
        let request = request(type, name)
        let provider = registry.provider(for: type)
        return try store.write { try provider.delete(request, in: $0) }
    }

    @discardableResult
    func action(_ type: String, _ name: String, _ action: String, _ body: JSONValue = .null) throws -> ProviderResult {
        let request = request(type, name, body)
        let provider = registry.provider(for: type)
        return try store.write { try provider.action(name: action, request, in: $0) }
    }

    func list(_ type: String) throws -> [JSONValue] {
        let scope = ListScope(type: type, subscriptionId: subscription.id, resourceGroup: "rg", now: clock.now())
        let provider = registry.provider(for: type)
        return try store.read { try provider.list(scope, in: $0) }
    }

    // Convenience for the two Compute types.

    @discardableResult
    func disk(_ name: String, sizeGB: Int64 = 4, sku: String? = nil, extra: JSONValue = [:]) throws -> JSONValue {
        var body: JSONValue = ["location": "westus",
                               "properties": ["creationData": ["createOption": "Empty"], "diskSizeGB": .int(sizeGB)]]
        for (k, v) in extra.objectValue ?? JSONObject() { body.set(v, at: "properties.\(k)") }
        if let sku { body.set(["name": .string(sku)], at: "sku") }
        return try put(disks, name, body)
    }

    @discardableResult
    func snapshot(_ name: String, of source: String, sourceType: String = disks, incremental: Bool = true,
                  sku: String? = "Standard_LRS", subscription: SubscriptionRecord? = nil) throws -> JSONValue {
        var body: JSONValue = [
            "location": "westus", "tags": [:],
            "properties": ["creationData": ["createOption": "Copy", "sourceResourceId": .string(id(sourceType, source))],
                           "incremental": .bool(incremental)],
        ]
        if let sku { body.set(["name": .string(sku)], at: "sku") }
        return try put(snapshots, name, body, subscription: subscription)
    }

    @discardableResult
    func diskFrom(_ name: String, source: String, sourceType: String = snapshots, sku: String? = nil,
                  createOption: String = "Copy") throws -> JSONValue {
        var body: JSONValue = [
            "location": "westus",
            "properties": ["creationData": ["createOption": .string(createOption),
                                            "sourceResourceId": .string(id(sourceType, source))]],
        ]
        if let sku { body.set(["name": .string(sku)], at: "sku") }
        return try put(disks, name, body)
    }
}

let disks = "Microsoft.Compute/disks"
let snapshots = "Microsoft.Compute/snapshots"

/// The `ARMError` `body` throws, recorded as an issue when it throws something else or nothing.
func providerError(_ body: () throws -> Any, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ARMError? {
    do {
        _ = try body()
        Issue.record("expected a ARMError, got success", sourceLocation: sourceLocation)
    } catch let error as ARMError {
        return error
    } catch {
        Issue.record("expected a ARMError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}
