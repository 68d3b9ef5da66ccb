import ArmletProviders
import Foundation
import HTTPTypes

/// Header names and values of Storage answers.
enum StorageHeaders {
    static let version = name("x-ms-version")
    static let errorCode = name("x-ms-error-code")
    static let range = name("x-ms-range")
    static let pageWrite = name("x-ms-page-write")
    static let copySource = name("x-ms-copy-source")
    static let sourceRange = name("x-ms-source-range")
    static let previousSnapshotURL = name("x-ms-previous-snapshot-url")
    static let blobType = name("x-ms-blob-type")
    static let blobContentLength = name("x-ms-blob-content-length")
    static let sequenceNumber = name("x-ms-blob-sequence-number")
    static let serverEncrypted = name("x-ms-server-encrypted")
    static let requestServerEncrypted = name("x-ms-request-server-encrypted")
    static let leaseState = name("x-ms-lease-state")
    static let leaseStatus = name("x-ms-lease-status")
    static let requestId = name("x-ms-request-id")
    static let acceptRanges = name("Accept-Ranges")
    static let contentRange = name("Content-Range")
    static let eTag = name("ETag")
    static let lastModified = name("Last-Modified")
    static let creationTime = name("x-ms-creation-time")

    /// The headers every answer carries: version, request id, date.
    static func common() -> HTTPFields {
        var headers = HTTPFields()
        headers[version] = DataPlaneGrants.storageVersion
        headers[requestId] = UUID().uuidString.lowercased()
        headers[.date] = httpDate(Date())
        return headers
    }

    /// RFC 1123 time, as in `Date` and `Last-Modified`.
    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }

    /// ISO 8601 time with seconds.
    static func isoTime(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    private static func name(_ text: String) -> HTTPField.Name {
        // Every name above is a valid token, so the fallback is never used.
        HTTPField.Name(text) ?? .contentType
    }
}
