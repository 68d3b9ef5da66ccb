import ArmletCatalog
import ArmletCore
package import Hummingbird

/// ARM requires `api-version` on every request: without it, 400 `MissingApiVersionParameter`.
/// For the operations ARM serves itself (resource groups, resource lists, a group's export, the
/// template hash) it also knows the versions: any other is 400 `InvalidApiVersionParameter`, whose
/// message lists the supported versions newest first. (For provider types, whether the version
/// exists is checked where the type is known, as `NoRegisteredProviderFound`.)
package struct APIVersionMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext

    /// The middleware.
    package init() {}

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        if let route = context.route, !route.isPublic {
            let version = ARMCall.parseQuery(request.uri.query)["api-version"] ?? ""
            guard !version.isEmpty else { throw ARMError.missingAPIVersion }
            if let type = route.frontDoorVersionType { try Self.check(version, type: type) }
        }
        return try await next(request, context)
    }

    /// 400 `InvalidApiVersionParameter` unless the catalog lists `version` for `type`.
    static func check(_ version: String, type: String) throws(ARMError) {
        guard let known = ResourceCatalog.shared.apiVersions(for: type),
              known.versions.matching(version) == nil else { return }
        let supported = known.versions.sorted(by: >).map(\.text).joined(separator: ",")
        throw ARMError(code: "InvalidApiVersionParameter",
                       message: "The api-version '\(version)' is invalid. The supported versions are '\(supported)'.")
    }
}
