import Crypto
import Foundation
import Synchronization

/// The portal's sign-in state: one one-time sign-in token printed by `armlet serve` (as a notebook
/// server prints its link), and the sessions it opened, each with its own CSRF token.
///
/// Tokens are 32 bytes from the system CSPRNG, base64url-encoded. Sessions are kept by the SHA-256
/// of their token, so a lookup's timing tells nothing about the token; the sign-in and CSRF tokens
/// are compared in constant time. At most ``maximumSessions`` sessions are kept (the oldest goes).
package final class PortalSessions: Sendable {
    /// One signed-in browser.
    struct Session: Sendable {
        /// The token its state-changing forms must carry.
        let csrfToken: String
        /// When it was opened (for dropping the oldest).
        let opened: UInt64
    }

    private struct State {
        var signInToken: String?
        var sessions: [String: Session] = [:]
        var opened: UInt64 = 0
    }

    /// The most sessions kept at once.
    static let maximumSessions = 32

    private let state: Mutex<State>

    /// Sessions with a fresh sign-in token.
    package init() {
        state = Mutex(State(signInToken: Self.randomToken()))
    }

    /// The sign-in token while it is unused (`armlet serve` prints it once), nil after it signed in.
    package var signInToken: String? { state.withLock { $0.signInToken } }

    /// The sign-in link for a server at `baseURL` (`https://127.0.0.1:PORT`), nil once the token is used.
    package func signInLink(baseURL: String) -> String? {
        signInToken.map { "\(baseURL)\(PortalPaths.signIn)?token=\($0)" }
    }

    /// Opens a session when `token` is the unused sign-in token, which is then spent; returns the
    /// session token (for the cookie), or nil.
    func redeem(signInToken token: String) -> String? {
        state.withLock { state -> String? in
            guard let expected = state.signInToken, Self.constantTimeEqual(expected, token) else { return nil }
            state.signInToken = nil
            let sessionToken = Self.randomToken()
            state.opened += 1
            state.sessions[Self.digest(sessionToken)] = Session(csrfToken: Self.randomToken(), opened: state.opened)
            if state.sessions.count > Self.maximumSessions,
               let oldest = state.sessions.min(by: { $0.value.opened < $1.value.opened })?.key {
                state.sessions[oldest] = nil
            }
            return sessionToken
        }
    }

    /// The session of the cookie's token, or nil.
    func session(token: String) -> Session? {
        let key = Self.digest(token)
        return state.withLock { $0.sessions[key] }
    }

    /// Whether `given` is the session's CSRF token.
    static func csrfMatches(_ session: Session, _ given: String?) -> Bool {
        guard let given else { return false }
        return constantTimeEqual(session.csrfToken, given)
    }

    /// Compares two tokens without stopping at the first difference (their lengths are public).
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// 32 bytes from the system CSPRNG, base64url.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return Base64URL.encode((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    private static func digest(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
