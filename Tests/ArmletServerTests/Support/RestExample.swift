import ArmletJSON
import ArmletTestSupport
import Foundation

/// One of Microsoft's REST examples (`shared/rest-examples/**/*.json`): an operation's parameters
/// (path, query and body) and the responses it documents, keyed by status.
///
/// The text is read as a user replaying it would adapt it: the example's subscription (a placeholder
/// such as `{subscription-id}`, or another id) becomes Armlet's default subscription everywhere, and,
/// for a replay with dependencies, the `{placeholder}` names of other resources become real names.
struct RestExample: Sendable, CustomStringConvertible {
    /// The path below `rest-examples/`, e.g. `diskrp/2025-01-02/diskExamples/Disk_Get.json`.
    let path: String
    /// The file's text, as written.
    let text: String

    var description: String { path }
    /// The file name without `.json`, e.g. `Disk_Create_Empty`: it names the operation.
    var name: String { String((path.split(separator: "/").last ?? "").dropLast(".json".count)) }
    var operation: RestOperation? { RestOperation.of(name) }

    /// The folders below `rest-examples/` that hold examples.
    static let folders = ["diskrp", "resources"]

    /// Every example path below `rest-examples/`, sorted (`SOURCES.txt` files are provenance, not examples).
    static func paths(in root: URL) -> [String] {
        var paths: [String] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            while let relative = walker.nextObject() as? String {
                if relative.hasSuffix(".json") { paths.append(folder + "/" + relative) }
            }
        }
        return paths.sorted()
    }

    static func load(_ path: String, root: URL) throws -> RestExample {
        RestExample(path: path, text: try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
    }

    /// The example's document after the subscription (and, `filled`, the placeholders) were replaced.
    func document(filled: Bool) throws -> JSONValue {
        let written = try JSONReader.value(text, file: path)
        var adapted = text
        var subscriptions = ["{subscription-id}", "{subscriptionId}"]
        if let own = written.at("parameters.subscriptionId")?.stringValue { subscriptions.append(own) }
        for subscription in subscriptions {
            adapted = adapted.replacingOccurrences(of: subscription, with: TestServer.subscription)
        }
        if filled {
            for (placeholder, value) in RestDependencies.fill {
                adapted = adapted.replacingOccurrences(of: placeholder, with: value)
            }
        }
        return try JSONReader.value(adapted, file: path)
    }
}

extension JSONValue {
    /// The members of an object, in order (none for other values).
    var members: [(key: String, value: JSONValue)] { objectValue?.members ?? [] }
}
