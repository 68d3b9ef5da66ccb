import ArmletCore
import ArmletJSON
import Crypto
import Foundation

/// Compact JSON Web Tokens signed with ES256 (`header.payload.signature`, base64url).
enum JSONWebToken {
    /// `payload` signed with `key`.
    static func sign(_ payload: JSONValue, with key: SigningKey) throws -> String {
        let header: JSONValue = ["alg": "ES256", "typ": "JWT", "kid": .string(key.keyId)]
        let signingInput = Base64URL.encode(Array(JSONWriter.write(header, style: .compact).utf8)) + "."
            + Base64URL.encode(Array(JSONWriter.write(payload, style: .compact).utf8))
        let signature = try key.privateKey.signature(for: Data(signingInput.utf8))
        return signingInput + "." + Base64URL.encode(signature.rawRepresentation)
    }

    /// The payload of `token` when its header says ES256 and its signature verifies with `key`; nil otherwise.
    static func verifiedPayload(_ token: String, key: SigningKey) -> JSONValue? {
        let parts = token.split(ascii: UInt8(ascii: "."), omittingEmpty: false)
        guard parts.count == 3, let headerData = Base64URL.decode(parts[0]),
              let payloadData = Base64URL.decode(parts[1]), let signatureData = Base64URL.decode(parts[2]),
              let header = try? JSONReader.value(String(decoding: headerData, as: UTF8.self)),
              header["alg"]?.stringValue == "ES256",
              let signature = try? P256.Signing.ECDSASignature(rawRepresentation: signatureData)
        else { return nil }
        let signingInput = Data((parts[0] + "." + parts[1]).utf8)
        guard key.privateKey.publicKey.isValidSignature(signature, for: signingInput) else { return nil }
        return try? JSONReader.value(String(decoding: payloadData, as: UTF8.self))
    }
}
