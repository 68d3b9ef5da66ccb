import ArmletJSON
package import ArmletState
import Crypto
package import Foundation

/// Issuing, finding and ending the grants behind SAS URLs (see ``DataPlaneGrant``).
///
/// Grants live in the state's settings (`compute.grant.<si>`, and per resource the list of its grant
/// ids), so every process on one state — the CLI, one or several servers — sees the same grants. The
/// signature is an HMAC-SHA256 of the grant id and the path under a key made once per state.
package enum DataPlaneGrants {
    /// The setting holding the base URL of the data plane (`armlet serve` writes its HTTPS address).
    package static let baseURLKey: SettingKey = "compute.dataPlaneURL"
    /// The Storage service version in SAS URLs and answers.
    package static let storageVersion = "2021-08-06"
    private static let keyKey: SettingKey = "compute.sasSigningKey"

    /// Issues a grant on `volume` of resource `resourceId` for `duration` seconds; returns its SAS URL
    /// (`…/<account>/<container>/<blob>?sv=…&sr=b&si=…&sig=…`).
    static func issue(resourceId: String, volume: String, blob: String = "abcd", size: Int64, canWrite: Bool,
                      duration: Int64, now: Date, makeIdentifier: () -> String,
                      in transaction: any StateTransaction) throws -> String {
        let account = "md-" + token(makeIdentifier(), length: 12)
        let container = token(makeIdentifier(), length: 12)
        let path = "/\(account)/\(container)/\(blob)"
        let id = makeIdentifier()
        let seconds = min(max(0, Double(duration)), 1e10)
        let grant = DataPlaneGrant(id: id, resourceId: resourceId, volume: volume, path: path, canWrite: canWrite,
                                   expires: now.timeIntervalSince1970 + seconds, size: size)
        let data = try JSONEncoder().encode(grant)
        try transaction.setSetting(grantKey(id), to: String(decoding: data, as: UTF8.self))
        // Grants of this resource that have expired are forgotten as a new one is issued.
        var ids: [String] = []
        for old in try grantIds(of: resourceId, in: transaction) {
            if let grant = try storedGrant(old, in: transaction), grant.isValid(at: now) {
                ids.append(old)
            } else {
                try transaction.setSetting(grantKey(old), to: nil)
            }
        }
        ids.append(id)
        try transaction.setSetting(listKey(resourceId), to: ids.joined(separator: ","))
        let signature = sign(id: id, path: path, key: try signingKey(in: transaction))
        let base = try transaction.setting(baseURLKey) ?? "https://127.0.0.1:8443"
        return "\(base)\(path)?sv=\(storageVersion)&sr=b&si=\(id)&sig=\(percentEncoded(signature))"
    }

    /// Ends every grant of `resourceId`.
    static func revoke(resourceId: String, in transaction: any StateTransaction) throws {
        for id in try grantIds(of: resourceId, in: transaction) { try transaction.setSetting(grantKey(id), to: nil) }
        try transaction.setSetting(listKey(resourceId), to: nil)
    }

    /// The grant a request for `path` with the SAS query `query` may use at `now`.
    /// - Throws: ``DataPlaneDenial`` when the signature is missing or wrong, or the grant ended or expired.
    package static func verify(path: String, query: [String: String], now: Date,
                               in reader: any StateReader) throws -> DataPlaneGrant {
        guard let id = query["si"], let signature = query["sig"] else {
            throw DataPlaneDenial("The request carries no shared access signature (si and sig are required).")
        }
        guard let key = try reader.setting(keyKey), let mac = Data(base64Encoded: signature),
              HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: message(id: id, path: path),
                                                     using: secret(key)) else {
            throw DataPlaneDenial("The signature of the shared access signature does not match.")
        }
        guard let grant = try storedGrant(id, in: reader) else {
            throw DataPlaneDenial("The access grant '\(id)' has ended (endGetAccess), or its disk or snapshot was deleted.")
        }
        guard grant.isValid(at: now) else {
            throw DataPlaneDenial("The access grant '\(id)' expired at "
                                  + "\(ARMTime.format(Date(timeIntervalSince1970: grant.expires))).")
        }
        return grant
    }

    // MARK: - Helpers

    private static func grantKey(_ id: String) -> SettingKey { SettingKey(rawValue: "compute.grant.\(id.lowercased())") }

    private static func listKey(_ resourceId: String) -> SettingKey {
        SettingKey(rawValue: "compute.grants.\(resourceId.lowercased())")
    }

    /// The grant `id` as stored, nil when it has ended (or cannot be read).
    private static func storedGrant(_ id: String, in reader: any StateReader) throws -> DataPlaneGrant? {
        guard let text = try reader.setting(grantKey(id)) else { return nil }
        return try? JSONDecoder().decode(DataPlaneGrant.self, from: Data(text.utf8))
    }

    private static func grantIds(of resourceId: String, in reader: any StateReader) throws -> [String] {
        (try reader.setting(listKey(resourceId)) ?? "").split(separator: ",").map(String.init)
    }

    private static func signingKey(in transaction: any StateTransaction) throws -> String {
        if let key = try transaction.setting(keyKey) { return key }
        let key = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
        try transaction.setSetting(keyKey, to: key)
        return key
    }

    private static func sign(id: String, path: String, key: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: message(id: id, path: path), using: secret(key))).base64EncodedString()
    }

    /// What a signature covers: the grant id and the blob path.
    private static func message(id: String, path: String) -> Data { Data("\(id)\n\(path)".utf8) }

    private static func secret(_ key: String) -> SymmetricKey {
        SymmetricKey(data: Data(base64Encoded: key) ?? Data(key.utf8))
    }

    private static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    private static func token(_ identifier: String, length: Int) -> String {
        String(identifier.filter { $0 != "-" }.prefix(length))
    }
}
