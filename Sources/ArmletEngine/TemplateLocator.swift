import ArmletJSON
import ArmletTemplate

/// Finds where in the template file a finding about a planned resource applies.
///
/// A finding's `target` is a path in the resource body (`apiVersion`, `properties.incremental`,
/// `sku.name`) or a provider's shorthand for one (`sourceResourceId`, `disk.diskSizeGb`,
/// `creationData.logicalSectorSize`). It is looked up under the resource's declaration (ignoring
/// case), then under its `properties`, then as the last member name anywhere in the declaration;
/// failing all that, the finding points at the declaration itself.
struct TemplateLocator {
    let document: ParsedDocument

    func location(of resource: PlannedResource, target: String?) -> SourceLocation? {
        guard let target, !target.isEmpty, let declaration = document.value[path: resource.path] else {
            return resource.sourceLocation
        }
        let components = Self.components(of: target)
        let candidates: [[JSONPath.Component]] = [
            components,
            [.key("properties")] + components,
            Array(components.dropFirst()),
            [.key("properties")] + Array(components.dropFirst()),
        ]
        for candidate in candidates where !candidate.isEmpty {
            if let found = Self.resolve(candidate, in: declaration) {
                return document.sourceMap.keyLocation(at: JSONPath(resource.path.components + found))
                    ?? resource.sourceLocation
            }
        }
        if case .key(let last)? = components.last, let found = Self.search(key: last, in: declaration) {
            return document.sourceMap.keyLocation(at: JSONPath(resource.path.components + found))
                ?? resource.sourceLocation
        }
        return resource.sourceLocation
    }

    /// `a.b[2].c` → keys and indices.
    static func components(of target: String) -> [JSONPath.Component] {
        var result: [JSONPath.Component] = []
        for part in target.split(separator: ".") {
            var text = Substring(part)
            if let bracket = text.firstIndex(of: "[") {
                let key = text[..<bracket]
                if !key.isEmpty { result.append(.key(String(key))) }
                text = text[bracket...]
                while text.hasPrefix("["), let close = text.firstIndex(of: "]") {
                    if let i = Int(text[text.index(after: text.startIndex)..<close]) { result.append(.index(i)) }
                    text = text[text.index(after: close)...]
                }
            } else {
                result.append(.key(String(text)))
            }
        }
        return result
    }

    /// The written path of `components` in `value`, matching member names ignoring case.
    static func resolve(_ components: [JSONPath.Component], in value: JSONValue) -> [JSONPath.Component]? {
        var current = value
        var written: [JSONPath.Component] = []
        for component in components {
            switch component {
            case .key(let key):
                guard let object = current.objectValue, let name = object.writtenKey(for: key),
                      let next = object[name] else { return nil }
                written.append(.key(name))
                current = next
            case .index(let i):
                guard let array = current.arrayValue, array.indices.contains(i) else { return nil }
                written.append(.index(i))
                current = array[i]
            }
        }
        return written
    }

    /// The first path (depth first, in written order) to a member named `key` (ignoring case).
    static func search(key: String, in value: JSONValue) -> [JSONPath.Component]? {
        switch value {
        case .object(let object):
            if let name = object.writtenKey(for: key) { return [.key(name)] }
            for (name, member) in object {
                if let found = search(key: key, in: member) { return [.key(name)] + found }
            }
        case .array(let elements):
            for (i, element) in elements.enumerated() {
                if let found = search(key: key, in: element) { return [.index(i)] + found }
            }
        default:
            break
        }
        return nil
    }
}
