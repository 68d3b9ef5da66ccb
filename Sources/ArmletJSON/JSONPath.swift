import Foundation

/// A path into a JSON document: object keys and array indices from the root.
///
/// Renders as an RFC 6901 JSON pointer (`/resources/0/apiVersion`) and, for ARM-style messages,
/// as a dotted path (`resources[0].apiVersion`).
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// The steps from the root.
    public var components: [Component]

    /// The root path.
    public static let root = JSONPath([])

    /// A path made of `components`.
    public init(_ components: [Component] = []) { self.components = components }

    /// Parses an RFC 6901 pointer; numeric tokens become indices.
    public init(pointer: String) {
        guard !pointer.isEmpty else { self.components = []; return }
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        self.components = tokens.map { raw in
            let token = String(raw).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let i = Int(token), i >= 0, String(i) == token { return .index(i) }
            return .key(token)
        }
    }

    /// This path followed by the member `key`.
    public func appending(_ key: String) -> JSONPath {
        JSONPath(components + [.key(key)])
    }

    /// This path followed by the element `index`.
    public func appending(_ index: Int) -> JSONPath {
        JSONPath(components + [.index(index)])
    }

    /// The path without its last step (the root stays the root).
    public var parent: JSONPath { JSONPath(Array(components.dropLast())) }

    /// The RFC 6901 pointer form.
    public var pointer: String {
        components.map { c -> String in
            switch c {
            case .key(let k): "/" + k.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            case .index(let i): "/\(i)"
            }
        }.joined()
    }

    /// The dotted form ARM uses in messages, e.g. `resources[0].properties.incremental`.
    public var description: String {
        var out = ""
        for c in components {
            switch c {
            case .key(let k): out += out.isEmpty ? k : "." + k
            case .index(let i): out += "[\(i)]"
            }
        }
        return out
    }
}

