import ArmletCore
import Foundation
import HTTPTypes
package import Hummingbird

/// The portal, on the API's own port: a request for `/portal` or below is answered here with HTML
/// instead of ARM's JSON, before routing and the bearer-token checks (which stay as they are for
/// the API).
///
/// Access is by the session cookie that the one-time sign-in link sets; without it a page redirects
/// to the sign-in page and anything else is refused (401). Every POST must carry the session's CSRF
/// token. The pages call the engine through the same front door as the REST routes
/// (``ResourceFront``, `DeploymentEngine`, the linter): no rule is repeated here.
package struct PortalMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext
    /// The server's shared parts; the sessions are `services.portal`.
    let services: ServerServices
    /// Whether this listener is the HTTPS one: the session cookie is `Secure`, so on plain HTTP the
    /// portal only says where it is (a sign-in there would spend the token for nothing).
    let isHTTPS: Bool

    /// The portal of `services` on a listener of `scheme`; its sign-in link is what `armlet serve` prints.
    package init(services: ServerServices, scheme: String) {
        self.services = services
        isHTTPS = scheme == "https"
    }

    package func handle(_ request: Request, context: Context,
                        next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard PortalPaths.claims(path) else { return try await next(request, context) }
        guard isHTTPS else {
            return refusal("The portal is served over HTTPS only: open the Portal: link that armlet serve printed.",
                           status: .forbidden)
        }
        guard let route = PortalRoute(path: path) else {
            return PortalResponse.html(PortalViews.shared.page("signIn", title: "Not found", crumbs: [],
                                                               ["message": "The portal has no page at this address."]),
                                       status: .notFound)
        }
        let query = PortalForm(request.uri.query ?? "")
        switch route {
        case .staticFile(let name):
            guard let file = PortalStatic.file(name) else { return PortalResponse.html("", status: .notFound) }
            return PortalResponse.staticFile(file.text, contentType: file.contentType)
        case .signIn:
            return signIn(token: query["token"])
        default:
            break
        }
        guard let token = PortalCookie.token(in: request.headers[.cookie]),
              let session = services.portal.session(token: token) else {
            if request.method == .get, route != .progress { return PortalResponse.redirect(PortalPaths.signIn) }
            return refusal("Sign in first: this request has no portal session.", status: .unauthorized)
        }
        var form = PortalForm("")
        if request.method == .post {
            form = PortalForm(body: context.body)
            guard PortalSessions.csrfMatches(session, form["csrf"]) else {
                return refusal("The form's CSRF token is missing or wrong: reload the page and try again.",
                               status: .forbidden)
            }
        } else if request.method != .get {
            return refusal("The portal answers GET and POST only.", status: .methodNotAllowed)
        }
        let pages = PortalPages(services: services, csrf: session.csrfToken, query: query, form: form)
        do {
            return try pages.respond(route, post: request.method == .post)
        } catch {
            let armError = ARMError.from(error)
            let model: [String: Any] = ["error": PortalErrorView.model(armError, source: nil)]
            return PortalResponse.html(PortalViews.shared.page("errorPage", title: "Error", crumbs: [PortalCrumb.home], model),
                                       status: HTTPResponse.Status(code: armError.httpStatus))
        }
    }

    /// The sign-in link: a right unused token opens a session (the cookie) and goes to the start page.
    private func signIn(token: String?) -> Response {
        if let token, let session = services.portal.redeem(signInToken: token) {
            var headers = HTTPFields()
            headers[.setCookie] = PortalCookie.setCookie(session)
            return PortalResponse.redirect(PortalPaths.home, headers: headers)
        }
        let message = token == nil ? "You are not signed in to the portal."
            : "This sign-in link is not valid, or it was already used."
        return refusal(message, status: token == nil ? .unauthorized : .forbidden)
    }

    private func refusal(_ message: String, status: HTTPResponse.Status) -> Response {
        PortalResponse.html(PortalViews.shared.page("signIn", title: "Sign in to the Armlet portal", crumbs: [],
                                                    ["message": message]),
                            status: status)
    }
}

extension PortalCrumb {
    /// The start page.
    static let home = PortalCrumb(label: "Home", href: PortalPaths.home)
}
