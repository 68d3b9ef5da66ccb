import ArmletJSON
import Foundation
import HTTPTypes

/// One replay of a REST example against a fresh in-process server: the preconditions a user would
/// have, then the example's request, then (for a 202) the poll of its `Location`; the outcome says
/// whether Armlet answered as the example allows.
struct RestReplay: Sendable, CustomStringConvertible {
    enum Variant: String, Sendable {
        /// The example as written (its `{placeholder}` names stay), other resources absent.
        case asWritten = "as written"
        /// Placeholders filled in and the other resources it names created first.
        case withDependencies = "with dependencies"
    }

    let example: RestExample
    /// Nil for an example that names no other resources (replayed once).
    let variant: Variant?

    var description: String { example.path + (variant.map { " " + $0.rawValue } ?? "") }

    /// The replays of `example`: two when it names other resources, else one.
    static func replays(of example: RestExample) -> [RestReplay] {
        guard RestDependencies.external[example.name] != nil || RestDependencies.linksATemplate(example) else {
            return [RestReplay(example: example, variant: nil)]
        }
        return [RestReplay(example: example, variant: .asWritten), RestReplay(example: example, variant: .withDependencies)]
    }

    /// Runs the replay on a new server.
    func run() async throws -> RestOutcome {
        guard let operation = example.operation else { return .other("no operation for \(example.name)") }
        let document = try example.document(filled: variant == .withDependencies)
        let written = document["parameters"] ?? .null
        let parameters = variant == .withDependencies ? RestDependencies.inliningLinkedTemplate(written) : written
        let server = try TestServer()
        return try await server.test { client in
            let session = RestSession(client: client, example: example, operation: operation, parameters: parameters)
            if let failure = try await session.prepare(dependencies: variant == .withDependencies,
                                                         responses: document["responses"] ?? .null) { return failure }
            return try await session.send(responses: document["responses"] ?? .null)
        }
    }
}

/// What a replay came to.
enum RestOutcome: Sendable, Equatable, CustomStringConvertible {
    /// A 2xx the example documents, with the shape that matters.
    case pass
    /// A 4xx with ARM's error body: the code.
    case refused(String)
    /// Anything else: what was wrong.
    case other(String)

    var description: String {
        switch self {
        case .pass: "pass"
        case .refused(let code): "refused \(code)"
        case .other(let detail): "other \(detail)"
        }
    }

    /// The outcome of a reply that is not a success: refused with ARM's code, or other.
    static func failure(_ reply: TestServer.Reply, during step: String? = nil) -> RestOutcome {
        let prefix = step.map { "\($0): " } ?? ""
        if (400..<500).contains(reply.status), let code = reply.errorCode, reply.errorMessage != nil {
            return step == nil ? .refused(code) : .other("\(prefix)\(reply.status) \(code)")
        }
        let code = reply.errorCode.map { " \($0)" } ?? (reply.text.isEmpty ? " (no body)" : " (not an ARM error body)")
        return .other("\(prefix)\(reply.status)\(code)")
    }
}
