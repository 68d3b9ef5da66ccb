package import ArmletJSON
package import Crypto
import Foundation

/// The P-256 key the server signs access tokens with (ES256), kept as PEM under
/// `<state dir>/identity/token-signing-key.pem` so tokens stay valid across restarts.
package struct SigningKey: Sendable {
    /// The private key.
    package let privateKey: P256.Signing.PrivateKey
    /// The key id (`kid`): base64url of the first 16 bytes of the public key's SHA-256.
    package let keyId: String

    /// A signing key from `privateKey`.
    package init(privateKey: P256.Signing.PrivateKey) {
        self.privateKey = privateKey
        let digest = SHA256.hash(data: privateKey.publicKey.rawRepresentation)
        keyId = Base64URL.encode(Array(digest).prefix(16))
    }

    /// The key file's name inside the identity folder.
    package static let fileName = "token-signing-key.pem"

    /// Loads the key from `directory`, creating it (mode 0600) on first use.
    /// - Throws: ``TLSSetupError`` when the folder or file cannot be written.
    package static func loadOrCreate(directory: String) throws -> SigningKey {
        let path = (directory as NSString).appendingPathComponent(fileName)
        if let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
           let key = try? P256.Signing.PrivateKey(pemRepresentation: text) {
            return SigningKey(privateKey: key)
        }
        try CertificateAuthority.createDirectory(directory)
        let key = P256.Signing.PrivateKey()
        try CertificateAuthority.write(key.pemRepresentation, to: path, secret: true)
        return SigningKey(privateKey: key)
    }

    /// The public key as a JSON Web Key (`{kty: EC, crv: P-256, x, y, kid, use: sig, alg: ES256}`).
    package var jwk: JSONValue {
        let raw = Array(privateKey.publicKey.rawRepresentation)
        var o = JSONObject()
        o["kty"] = "EC"
        o["use"] = "sig"
        o["alg"] = "ES256"
        o["kid"] = .string(keyId)
        o["crv"] = "P-256"
        o["x"] = .string(Base64URL.encode(raw.prefix(32)))
        o["y"] = .string(Base64URL.encode(raw.suffix(32)))
        return .object(o)
    }
}
