package import ArmletCore
package import ArmletJSON
import Foundation
package import HTTPTypes
import Hummingbird

/// One ARM request as the route handlers see it: method, route, query (keys lower-cased), body bytes,
/// caller, and the base URL the client used (for `Location`, `Azure-AsyncOperation` and `nextLink`).
package struct ARMCall: Sendable {
    /// The HTTP method.
    package var method: HTTPRequest.Method
    /// The parsed route.
    package var route: ARMRoute
    /// The path as sent (without the query).
    package var path: String
    /// Query parameters, keys lower-cased, values percent-decoded.
    package var query: [String: String]
    /// The request body.
    package var body: [UInt8]
    /// The caller (nil on identity routes).
    package var claims: AccessTokenClaims?
    /// `https://127.0.0.1:8443` — scheme and authority as the client addressed the server.
    package var baseURL: String

    /// The `api-version` query parameter ("" when absent; the middleware already rejected that for ARM routes).
    package var apiVersion: String { query["api-version"] ?? "" }

    /// The body as JSON (comments allowed); `null` when empty.
    /// - Throws: ``ARMError`` `InvalidRequestContent` (400) when it is not JSON.
    package func jsonBody() throws(ARMError) -> JSONValue {
        guard body.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else { return .null }
        do {
            return try JSONReader.read(body).value
        } catch {
            throw .invalidContent(error.message)
        }
    }

    /// The body as a JSON object.
    /// - Throws: ``ARMError`` `InvalidRequestContent` when it is missing or not an object.
    package func objectBody() throws(ARMError) -> JSONValue {
        let value = try jsonBody()
        guard value.objectValue != nil else {
            throw .invalidContent("The request body must be a JSON object, but \(value.isNull ? "none" : value.typeName) was given.")
        }
        return value
    }

    /// Query text `key=value&…` read into a dictionary (keys lower-cased, values percent-decoded).
    static func parseQuery(_ text: String?) -> [String: String] {
        guard let text, !text.isEmpty else { return [:] }
        var result: [String: String] = [:]
        for pair in text.split(ascii: UInt8(ascii: "&")) {
            let parts = pair.split(ascii: UInt8(ascii: "="), maxSplits: 1, omittingEmpty: false)
            let key = decode(parts[0]).lowercased()
            result[key] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return result
    }

    private static func decode(_ text: Substring) -> String {
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) { return String(text) }
        let plusAsSpace = text.replacingOccurrences(of: "+", with: " ")
        return plusAsSpace.removingPercentEncoding ?? plusAsSpace
    }
}
