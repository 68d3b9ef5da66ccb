import Hummingbird

extension ServerConfiguration {
    /// `scheme://authority` as the client addressed the server (its `Host`), else the configured
    /// host and port: the base of every URL the server hands out (`Location`, `nextLink`, issuers).
    func baseURL(for request: Request, scheme: String) -> String {
        let authority = request.head.authority
            ?? "\(host):\(scheme == "https" ? port : httpPort ?? 80)"
        return "\(scheme)://\(authority)"
    }
}
