import Synchronization

/// Tokens whose signature has already been verified, with their claims: clients send the same
/// token on every request for its hour of life, so the ES256 verification runs once per token.
/// Expiry, not-before and audience are still checked on every request by ``TokenValidator``.
/// Bounded: when full it starts over, which only costs a verification per token.
final class VerifiedTokenCache: Sendable {
    private let entries = Mutex<[String: AccessTokenClaims]>([:])
    private let capacity: Int

    /// A cache holding at most `capacity` tokens.
    init(capacity: Int = 4096) { self.capacity = capacity }

    /// The claims of `token` when it was verified before.
    func claims(for token: String) -> AccessTokenClaims? {
        entries.withLock { $0[token] }
    }

    /// Remembers that `token` verified, with `claims`.
    func remember(_ token: String, claims: AccessTokenClaims) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[token] = claims
        }
    }
}
