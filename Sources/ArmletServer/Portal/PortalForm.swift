import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or query, names keeping their case.
///
/// Bounded: at most ``maximumFields`` fields are read (the body itself is bounded by the server's
/// body limit); later duplicates of a name replace earlier ones.
struct PortalForm: Sendable {
    /// The most fields read from one form.
    static let maximumFields = 512

    private(set) var fields: [String: String] = [:]

    /// The fields of `text`.
    init(_ text: String) {
        for pair in text.split(separator: "&").prefix(Self.maximumFields) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            fields[Self.decode(parts[0])] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
    }

    /// The fields of a request body.
    init(body: [UInt8]) {
        self.init(String(decoding: body, as: UTF8.self))
    }

    /// The value of `name`, nil when absent.
    subscript(name: String) -> String? { fields[name] }

    /// The trimmed value of `name`, nil when absent or blank.
    func text(_ name: String) -> String? {
        let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return value.isEmpty ? nil : value
    }

    private static func decode(_ text: Substring) -> String {
        let plusAsSpace = text.replacingOccurrences(of: "+", with: " ")
        return plusAsSpace.removingPercentEncoding ?? plusAsSpace
    }
}

/// The portal's session cookie.
enum PortalCookie {
    /// The cookie's name.
    static let name = "armlet_portal"

    /// The `Set-Cookie` value for session `token`: HttpOnly, Secure, SameSite=Strict, scoped to `/portal`.
    static func setCookie(_ token: String) -> String {
        "\(name)=\(token); Path=\(PortalPaths.root); HttpOnly; Secure; SameSite=Strict"
    }

    /// The session token in a `Cookie` header, nil when absent.
    static func token(in header: String?) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ";").prefix(64) {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == name {
                return pair[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
