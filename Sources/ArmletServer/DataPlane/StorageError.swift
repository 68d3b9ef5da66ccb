import Foundation
import HTTPTypes
import Hummingbird

/// An Azure Storage error: status, `x-ms-error-code` and the XML body
/// `<Error><Code>…</Code><Message>…</Message></Error>` the Storage clients parse.
struct StorageError: Error, Sendable, Equatable {
    let status: HTTPResponse.Status
    let code: String
    let message: String

    /// A wrong, expired or ended SAS (403).
    static func authenticationFailed(_ reason: String) -> StorageError {
        StorageError(status: .forbidden, code: "AuthenticationFailed",
                     message: "Server failed to authenticate the request. \(reason)")
    }

    /// A write through a grant that only reads (403).
    static let permissionMismatch = StorageError(
        status: .forbidden, code: "AuthorizationPermissionMismatch",
        message: "This request is not authorized to perform this operation using this permission: the access grant "
            + "is Read; writing pages needs a Write grant (grant-access --access-level Write).")

    /// A range not aligned to 512-byte pages, or outside the blob (416 for reads past the end).
    static func invalidPageRange(_ detail: String) -> StorageError {
        StorageError(status: .rangeNotSatisfiable, code: "InvalidPageRange", message: "The page range specified is invalid. \(detail)")
    }

    /// A header the operation needs is missing or wrong (400).
    static func invalidHeader(_ name: String, _ detail: String) -> StorageError {
        StorageError(status: .badRequest, code: "InvalidHeaderValue",
                     message: "The value for the header '\(name)' is not valid. \(detail)")
    }

    /// A query parameter the operation cannot take (400).
    static func invalidQuery(_ name: String, _ detail: String) -> StorageError {
        StorageError(status: .badRequest, code: "InvalidQueryParameterValue",
                     message: "The value for the query parameter '\(name)' is not valid. \(detail)")
    }

    /// An operation a managed disk's blob does not offer (400).
    static func unsupported(_ what: String) -> StorageError {
        StorageError(status: .badRequest, code: "UnsupportedOperation",
                     message: "\(what) is not supported on the blob of a managed disk or snapshot.")
    }

    /// The blob's bytes cannot be read or written (500).
    static func internalError(_ detail: String) -> StorageError {
        StorageError(status: .internalServerError, code: "InternalError", message: "The server encountered an internal error: \(detail)")
    }

    /// The response Storage sends for this error (`HEAD` gets the headers only).
    func response(head: Bool = false) -> Response {
        let xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>\(code)</Code><Message>"
            + StorageXML.escape(message + "\nTime:" + StorageHeaders.isoTime(Date())) + "</Message></Error>"
        var headers = StorageHeaders.common()
        headers[StorageHeaders.errorCode] = code
        headers[.contentType] = "application/xml"
        let bytes = Array(xml.utf8)
        headers[.contentLength] = String(bytes.count)
        return Response(status: status, headers: headers,
                        body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
