import ArmletJSON
import Foundation

/// ARM list paging: `{value: [...], nextLink}` with the offset carried in `$skiptoken`.
enum Paging {
    /// One page of `values` for `call` (offset from its `$skiptoken`), with a `nextLink` when more remain.
    static func page(_ values: [JSONValue], call: ARMCall, pageSize: Int) -> JSONValue {
        let offset = min(values.count, max(0, Int(call.query["$skiptoken"] ?? "") ?? 0))
        let end = min(values.count, offset + pageSize)
        var o = JSONObject()
        o["value"] = .array(Array(values[offset..<end]))
        if end < values.count {
            var query = call.query
            query["$skiptoken"] = String(end)
            o["nextLink"] = .string(call.baseURL + call.path + "?" + encode(query))
        }
        return .object(o)
    }

    /// `api-version` first, the rest sorted: stable links.
    static func encode(_ query: [String: String]) -> String {
        let keys = query.keys.sorted { a, b in a == "api-version" ? true : b == "api-version" ? false : a < b }
        return keys.map { key in "\(escape(key))=\(escape(query[key] ?? ""))" }.joined(separator: "&")
    }

    private static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~$")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
