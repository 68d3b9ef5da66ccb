import ArmletCore
import ArmletJSON

/// The members ARM itself sets on every tracked resource, in the order a GET shows them.
enum ResourceEnvelope {
    /// `location` as ARM reports it: lower case without spaces (`West US` → `westus`).
    /// `body` with `id`, `name`, `type` and a normalised `location` placed first; other members follow
    /// in the order given.
    static func stamp(_ body: JSONValue, request: ResourceRequest) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(request.id)
        object["name"] = .string(request.name)
        object["type"] = .string(request.type)
        if let location = request.location { object["location"] = .string(Location.normalize(location)) }
        for (key, value) in body.objectValue ?? JSONObject() where !["id", "name", "type", "location"]
            .contains(where: { JSONObject.equalIgnoringCase($0, key) }) {
            object[key] = value
        }
        return .object(object)
    }
}

/// RFC 7386 JSON merge patch, as ARM applies PATCH bodies: objects merge, `null` removes, anything else replaces.
enum JSONMerge {
    static func mergePatch(_ patch: JSONValue, into target: inout JSONValue) {
        guard case .object(let patchObject) = patch else {
            target = patch
            return
        }
        var object = target.objectValue ?? JSONObject()
        for (key, value) in patchObject {
            if value.isNull {
                object[key] = nil
            } else {
                var current = object[key] ?? .null
                mergePatch(value, into: &current)
                object[key] = current
            }
        }
        target = .object(object)
    }
}
