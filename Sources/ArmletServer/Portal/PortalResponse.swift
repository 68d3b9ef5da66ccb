import ArmletJSON
import HTTPTypes
import Hummingbird
import NIOCore

/// The portal's responses: HTML pages that are never cached and may load only the portal's own CSS
/// and JavaScript, redirects after a form, JSON for the progress poll, and the static files.
enum PortalResponse {
    /// Scripts and styles only from `/portal/static` (no inline code), forms only to the portal, no framing.
    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// An HTML page with `status`.
    static func html(_ text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = pageHeaders(headers)
        fields[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// 303 See Other to `location` (after a form, and to the start page after signing in).
    static func redirect(_ location: String, headers: HTTPFields = [:]) -> Response {
        var fields = pageHeaders(headers)
        fields[.location] = location
        fields[.contentLength] = "0"
        return Response(status: .seeOther, headers: fields)
    }

    /// `value` as JSON, never cached.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        var fields = pageHeaders([:])
        fields[.contentType] = "application/json; charset=utf-8"
        let text = JSONWriter.write(value, style: .compact)
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A static file with its content type, cacheable for an hour.
    static func staticFile(_ text: String, contentType: String) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        fields[.cacheControl] = "public, max-age=3600"
        fields[.xContentTypeOptions] = "nosniff"
        return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private static func pageHeaders(_ headers: HTTPFields) -> HTTPFields {
        var fields = headers
        fields[.cacheControl] = "no-store"
        fields[.contentSecurityPolicy] = contentSecurityPolicy
        fields[.xContentTypeOptions] = "nosniff"
        fields[PortalHeader.frameOptions] = "DENY"
        // The sign-in link carries its token in the query: never send it on as a Referer.
        fields[PortalHeader.referrerPolicy] = "no-referrer"
        return fields
    }
}

/// Header names HTTPTypes does not predefine.
enum PortalHeader {
    static let frameOptions = make("X-Frame-Options")
    static let referrerPolicy = make("Referrer-Policy")

    private static func make(_ text: String) -> HTTPField.Name {
        // Both names are valid tokens, so the fallback is never used.
        HTTPField.Name(text) ?? .contentSecurityPolicy
    }
}
