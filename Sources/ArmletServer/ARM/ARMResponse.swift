import ArmletCore
import ArmletJSON
import Foundation
import HTTPTypes
import Hummingbird

/// Builds responses the way ARM writes them: JSON with `application/json; charset=utf-8`, and the
/// LRO headers (`Azure-AsyncOperation`, `Location`, `Retry-After`).
enum ARMResponse {
    /// `value` as JSON with `status` and extra `headers`.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        let bytes = JSONWriter.bytes(value, style: .compact)
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// An empty response.
    static func empty(_ status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentLength] = "0"
        return Response(status: status, headers: fields)
    }

    /// ARM's error body for `error`.
    static func error(_ error: ARMError) -> Response {
        var headers: HTTPFields = [:]
        headers[HeaderName.failureCause] = error.httpStatus == 401 || error.httpStatus == 403 ? "gateway" : "service"
        if error.httpStatus == 429 { headers[HeaderName.retryAfter] = "1" }
        return json(error.errorBody, status: HTTPResponse.Status(code: error.httpStatus), headers: headers)
    }

    /// The headers of a long-running operation: `Azure-AsyncOperation` (when given), `Location` and `Retry-After: 1`.
    static func operationHeaders(asyncOperation: String?, location: String?) -> HTTPFields {
        var headers: HTTPFields = [:]
        if let asyncOperation { headers[HeaderName.azureAsyncOperation] = asyncOperation }
        if let location { headers[.location] = location }
        // Clients fall back to 30 s polls without it (and treat 0 as absent).
        headers[HeaderName.retryAfter] = "1"
        return headers
    }
}

/// Header names ARM uses that HTTPTypes does not predefine.
enum HeaderName {
    static let azureAsyncOperation = make("Azure-AsyncOperation")
    static let retryAfter = make("Retry-After")
    static let requestId = make("x-ms-request-id")
    static let correlationRequestId = make("x-ms-correlation-request-id")
    static let clientRequestId = make("x-ms-client-request-id")
    static let failureCause = make("x-ms-failure-cause")
    static let wwwAuthenticate = make("WWW-Authenticate")

    private static func make(_ text: String) -> HTTPField.Name {
        // Every name above is a valid token, so the fallback is never used.
        HTTPField.Name(text) ?? .contentType
    }
}
