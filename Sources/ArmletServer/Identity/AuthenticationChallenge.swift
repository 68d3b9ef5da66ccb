import Foundation

/// The `WWW-Authenticate` value ARM sends with a 401: a Bearer challenge naming the authority to get
/// a token from (the subscription's tenant, so clients can discover it from a subscription id), the
/// OAuth error `invalid_token` and the reason.
enum AuthenticationChallenge {
    /// `Bearer authorization_uri="{authority}", error="invalid_token", error_description="{reason}"`.
    static func header(authority: String, reason: String) -> String {
        let description = reason.replacingOccurrences(of: "\\", with: "/").replacingOccurrences(of: "\"", with: "'")
        return "Bearer authorization_uri=\"\(authority)\", error=\"invalid_token\", error_description=\"\(description)\""
    }
}
