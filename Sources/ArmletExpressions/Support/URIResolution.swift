import Foundation

/// `uri()` resolution (RFC 3986 §5) and `uriComponent()` escaping (.NET `EscapeDataString`).
enum URIResolution {
    static func resolve(base: String, relative: String) -> String? {
        guard let schemeEnd = base.range(of: "://") else { return nil }
        if relative.contains("://") { return relative }
        let afterScheme = base[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? base.endIndex
        let origin = String(base[..<authorityEnd])
        var path = String(base[authorityEnd...])
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<q]) }
        if relative.isEmpty { return base }
        if relative.hasPrefix("/") { return origin + removeDotSegments(relative) }
        if relative.hasPrefix("?") || relative.hasPrefix("#") { return origin + path + relative }
        let directory: String
        if let slash = path.lastIndex(of: "/") { directory = String(path[...slash]) } else { directory = "/" }
        return origin + removeDotSegments(directory + relative)
    }

    private static func removeDotSegments(_ path: String) -> String {
        var query = ""
        var p = path
        if let q = p.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            query = String(p[q...])
            p = String(p[..<q])
        }
        var out: [Substring] = []
        let segments = p.split(separator: "/", omittingEmptySubsequences: false)
        for (i, s) in segments.enumerated() {
            if s == "." { if i == segments.count - 1 { out.append("") }; continue }
            if s == ".." {
                if out.count > 1 { out.removeLast() }
                if i == segments.count - 1 { out.append("") }
                continue
            }
            out.append(s)
        }
        return out.joined(separator: "/") + query
    }

    static func escapeDataString(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in s.utf8 {
            let unreserved = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
                || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
            if unreserved {
                out.append(b)
            } else {
                out.append(0x25)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
