import ArmletCore
import ArmletJSON
import ArmletProviders
import ArmletState
import Foundation
import Synchronization

/// A provider for `Microsoft.Armlet/flaky` that passes preflight's dry run, then fails the real put
/// of every resource named `fail*` — after writing a row, to prove the row is rolled back.
final class FlakyProvider: ResourceProvider, Sendable {
    private let puts = Mutex<[String: Int]>([:])
    private let generic = GenericProvider()

    var resourceTypes: [String] { ["Microsoft.Armlet/flaky"] }

    func validate(_ request: ResourceRequest) -> [Diagnostic] { [] }

    func put(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        let count = puts.withLock { counts -> Int in
            counts[request.id.lowercased(), default: 0] += 1
            return counts[request.id.lowercased(), default: 0]
        }
        let result = try generic.put(request, in: transaction)
        if request.name.hasPrefix("fail") && count > 1 {
            throw ARMError(code: "Conflict", message: "The widget '\(request.name)' is busy.", httpStatus: 409)
        }
        return result
    }

    func patch(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        try generic.patch(request, in: transaction)
    }

    func get(_ request: ResourceRequest, in reader: any StateReader) throws -> JSONValue {
        try generic.get(request, in: reader)
    }

    func delete(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        try generic.delete(request, in: transaction)
    }

    func list(_ scope: ListScope, in reader: any StateReader) throws -> [JSONValue] {
        try generic.list(scope, in: reader)
    }

    func action(name: String, _ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        try generic.action(name: name, request, in: transaction)
    }
}
