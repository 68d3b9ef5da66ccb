import ArmletJSON
import ArmletServer
import ArmletTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The portal (`/portal`): the one-time sign-in link and its session cookie, refusal without a
/// session, CSRF, the pages, Create snapshot, and Deploy a custom template (the seed's `2022-03-22`
/// error at its line, the what-if rendering pinned in `Golden/portal-what-if.html`).
@Suite struct PortalTests {
    static let sub = TestServer.subscription
    static let group = ComputeTests.group
    static let disk = group + "/providers/Microsoft.Compute/disks/data1"
    static let snapshots = ComputeTests.snapshots
    static let version = ComputeTests.version
    static let golden = PackagePaths.folder(of: #filePath).appendingPathComponent("Golden/portal-what-if.html")
    static let seedTemplate = PackagePaths.root.appendingPathComponent("Templates/incremental-snapshot.json")

    /// A server with group rg1 and disk data1, made through the REST API.
    func prepared() async throws -> TestServer {
        let server = try TestServer()
        _ = try await server.test { client in
            _ = try await client.send(.put, Self.group + "?api-version=2024-11-01", body: #"{"location": "westus"}"#)
            _ = try await client.send(.put, Self.disk + Self.version, body: """
                {"location": "westus", "sku": {"name": "Premium_LRS"},
                 "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 8}}
                """)
        }
        return server
    }

    /// Runs `body` on the group's Custom deployment page, signed in: the browser, the page's path and
    /// its CSRF token.
    func onDeployPage(_ body: @escaping @Sendable (PortalBrowser, String, String) async throws -> Void) async throws {
        let server = try await prepared()
        try await server.test { client in
            let browser = try await PortalBrowser.signedIn(client)
            let path = "/portal" + Self.group + "/deploy"
            try await body(browser, path, try await browser.csrf(on: path))
        }
    }

    @Test func theSignInLinkSetsAStrictSessionCookieOnce() async throws {
        let server = try TestServer()
        try await server.test { client in
            let token = try #require(server.services.portal.signInToken)
            #expect(token.count == 43)
            let browser = PortalBrowser(client)
            let wrong = try await browser.get("/portal/signin?token=" + String(token.reversed()))
            #expect(wrong.status == 403)
            #expect(wrong.header("Set-Cookie") == nil)
            let signIn = try await browser.get("/portal/signin?token=" + token)
            #expect(signIn.status == 303)
            #expect(signIn.header("Location") == "/portal/")
            let cookie = try #require(signIn.header("Set-Cookie"))
            #expect(cookie.hasPrefix("armlet_portal="))
            #expect(cookie.hasSuffix("; Path=/portal; HttpOnly; Secure; SameSite=Strict"))
            #expect(signIn.header("Referrer-Policy") == "no-referrer")
            // One-time: spent by the first sign-in.
            #expect(server.services.portal.signInToken == nil)
            #expect(try await browser.get("/portal/signin?token=" + token).status == 403)
        }
    }

    @Test func withoutASessionEveryPortalPageIsRefused() async throws {
        let server = try await prepared()
        let before = try server.fingerprint()
        try await server.test { client in
            let stranger = PortalBrowser(client)
            for path in ["/portal/", "/portal" + Self.group, "/portal" + Self.disk, "/portal" + Self.group + "/deploy"] {
                let reply = try await stranger.get(path)
                #expect(reply.status == 303, "\(path)")
                #expect(reply.header("Location") == "/portal/signin")
                #expect(!reply.text.contains("data1"))
            }
            let signInPage = try await stranger.get("/portal/signin")
            #expect(signInPage.status == 401)
            #expect(signInPage.text.contains("You are not signed in to the portal."))
            #expect(try await stranger.get("/portal/api/progress?id=" + Self.snapshots + "/s1").status == 401)
            var forged = stranger
            forged.cookie = "armlet_portal=forged"
            #expect(try await forged.get("/portal/").status == 303)
            let post = try await forged.post("/portal" + Self.disk + "/snapshot",
                                             [("step", "create"), ("name", "s1")], csrf: "anything")
            #expect(post.status == 401)
            // The API's bearer-token check is unchanged: no token, no answer.
            let api = try await client.send(.get, "/subscriptions" + "?api-version=2022-12-01", tenant: nil)
            #expect(api.status == 401)
            #expect(api.errorCode == "AuthenticationFailed")
        }
        #expect(try server.fingerprint() == before)
    }

    @Test func aFormWithoutTheSessionsCSRFTokenIsRejected() async throws {
        let server = try await prepared()
        let before = try server.fingerprint()
        try await server.test { client in
            let browser = try await PortalBrowser.signedIn(client)
            let fields = [("step", "create"), ("name", "s1"), ("type", "Incremental")]
            let missing = try await browser.post("/portal" + Self.disk + "/snapshot", fields)
            #expect(missing.status == 403)
            #expect(missing.text.contains("CSRF token is missing or wrong"))
            let wrong = try await browser.post("/portal" + Self.disk + "/snapshot", fields, csrf: "x" + (try await browser.csrf(on: "/portal" + Self.group + "/deploy")))
            #expect(wrong.status == 403)
        }
        #expect(try server.fingerprint() == before)
    }

    @Test func pagesLinkFromSubscriptionsToTheDisk() async throws {
        let server = try await prepared()
        try await server.test { client in
            let browser = try await PortalBrowser.signedIn(client)
            let home = try await browser.get("/portal/")
            #expect(home.status == 200)
            #expect(home.header("Content-Type") == "text/html; charset=utf-8")
            #expect(home.header("Cache-Control") == "no-store")
            #expect(home.header("Content-Security-Policy")?.contains("script-src 'self'") == true)
            #expect(home.text.contains(#"<a href="/portal/subscriptions/\#(Self.sub)">"#))
            let subscription = try await browser.get("/portal/subscriptions/\(Self.sub)")
            #expect(subscription.text.contains(#"<a href="/portal\#(Self.group)">rg1</a>"#))
            let group = try await browser.get("/portal" + Self.group)
            #expect(group.text.contains(#"<a href="/portal\#(Self.disk)">data1</a>"#))
            let disk = try await browser.get("/portal" + Self.disk)
            #expect(disk.status == 200)
            for fact in ["<dt>SKU</dt><dd>Premium_LRS</dd>", "<dt>Size (GiB)</dt><dd>8</dd>", "<dt>Unique ID</dt>",
                         "<dt>Disk state</dt><dd>Unattached</dd>", #"href="/portal\#(Self.disk)/snapshot">Create snapshot</a>"#] {
                #expect(disk.text.contains(fact), "\(fact)")
            }
            let missing = try await browser.get("/portal" + Self.group + "/providers/Microsoft.Compute/disks/nope")
            #expect(missing.status == 404)
            #expect(missing.text.contains(#"<span class="code">ResourceNotFound</span>"#))
        }
    }

    @Test func createSnapshotReviewsThenCreatesAnIncrementalSnapshot() async throws {
        let server = try await prepared()
        try await server.test { client in
            let browser = try await PortalBrowser.signedIn(client)
            let form = try await browser.get("/portal" + Self.disk + "/snapshot")
            for control in [#"<label for="name">Name</label>"#, #"<label for="region">Region</label>"#,
                            #"<label for="sourceDisk">Source disk</label>"#, #"<label for="sku">Storage type</label>"#,
                            #"<label for="encryption">Encryption type</label>"#, #"id="tab-networking""#, #"id="tab-tags""#,
                            #"value="Incremental">"#, #"<button type="submit" name="step" value="review""#] {
                #expect(form.text.contains(control), "\(control)")
            }
            let csrf = try await browser.csrf(on: "/portal" + Self.disk + "/snapshot")
            let fields = [("subscription", Self.sub), ("resourceGroup", "rg1"), ("name", "snap1"), ("region", "westus"),
                          ("type", "Incremental"), ("sourceDisk", Self.disk), ("sku", "Standard_LRS"),
                          ("tagName1", "env"), ("tagValue1", "<b>dev</b>")]
            let review = try await browser.post("/portal" + Self.disk + "/snapshot", fields + [("step", "review")], csrf: csrf)
            #expect(review.status == 200)
            #expect(review.text.contains("<dt>Snapshot type</dt><dd>Incremental</dd>"))
            #expect(review.text.contains("env: &lt;b&gt;dev&lt;/b&gt;"))
            #expect(!review.text.contains("<b>dev</b>"))
            #expect(review.text.contains("Validation passed"))
            // Review + create validated the PUT and kept nothing.
            let notYet = try await client.send(.get, Self.snapshots + "/snap1" + Self.version)
            #expect(notYet.status == 404)
            // A draft the provider refuses is sent back to the form with ARM's error, before Create.
            let refused = try await browser.post("/portal" + Self.disk + "/snapshot",
                                                 fields.filter { $0.0 != "region" } + [("region", "mars"), ("step", "review")],
                                                 csrf: csrf)
            #expect(refused.status >= 400)
            #expect(!refused.text.contains("Validation passed"))
            #expect(refused.text.contains(#"<span class="code">"#))
            let created = try await browser.post("/portal" + Self.disk + "/snapshot", fields + [("step", "create")], csrf: csrf)
            #expect(created.status == 303)
            #expect(created.header("Location") == "/portal" + Self.snapshots + "/snap1")
            let snapshot = try await client.send(.get, Self.snapshots + "/snap1" + Self.version)
            #expect(snapshot.json.at("properties.incremental")?.boolValue == true)
            #expect(snapshot.json.at("properties.creationData.sourceResourceId")?.stringValue == Self.disk)
            #expect(snapshot.json.at("tags.env")?.stringValue == "<b>dev</b>")
            let page = try await browser.get("/portal" + Self.snapshots + "/snap1")
            #expect(page.text.contains(#"<progress max="100" value="100" data-poll="/portal/api/progress?id="#))
            let progress = try await browser.get("/portal/api/progress?id=" + Self.snapshots + "/snap1")
            #expect(progress.json["completionPercent"]?.intValue == 100)
            let diskPage = try await browser.get("/portal" + Self.disk)
            #expect(diskPage.fragment(from: #"<table id="snapshots">"#, to: "</table>").contains(">snap1</a>"))
        }
    }

    @Test func validateShowsTheSeedsAPIVersionErrorAtItsLine() async throws {
        try await onDeployPage { browser, path, csrf in
            let template = try String(contentsOf: Self.seedTemplate, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
            let reply = try await browser.post(path, [("template", template), ("action", "validate"),
                                                      ("deploymentName", "seed"), ("param.diskResourceId", Self.disk)],
                                               csrf: csrf)
            #expect(reply.status == 400)
            let outcome = reply.fragment(from: #"<section id="outcome""#, to: "</section>")
            #expect(outcome.contains(#"<span class="code">NoRegisteredProviderFound</span>"#))
            #expect(outcome.contains("Did you mean &#39;2022-03-02&#39;?"))
            #expect(outcome.contains(#"<p class="where">Template line 19, column 5</p>"#))
            #expect(outcome.contains(#"<pre class="source-line"><span class="ln">19</span> &quot;apiVersion&quot;: &quot;2022-03-22&quot;,</pre>"#))
            // The parameters form comes from the template: the default filled in, the type shown.
            #expect(reply.text.contains(#"<input id="p-0" name="param.diskName" type="text" value="contosodisk1""#))
        }
    }

    @Test func theParametersFormFollowsTheDeclarations() async throws {
        try await onDeployPage { browser, path, csrf in
            let template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "parameters": {
                   "sku": {"type": "string", "allowedValues": ["Standard_LRS", "Premium_LRS"], "defaultValue": "Premium_LRS"},
                   "password": {"type": "securestring"},
                   "count": {"type": "int", "defaultValue": 2, "metadata": {"description": "How <many>"}},
                   "enabled": {"type": "bool"},
                   "settings": {"type": "object", "defaultValue": {"a": 1}},
                   "location": {"type": "string", "defaultValue": "[resourceGroup().location]"}
                 },
                 "resources": []}
                """
            let reply = try await browser.post(path, [("template", template), ("action", "load")], csrf: csrf)
            #expect(reply.status == 200)
            for field in [#"<option value="">(the template&#39;s default)</option><option value="Standard_LRS">Standard_LRS</option><option value="Premium_LRS" selected>Premium_LRS</option>"#,
                          #"name="param.password" type="password" value="""#,
                          #"<label for="p-1">password <span class="type">(securestring, required)</span></label>"#,
                          #"name="param.count" type="number" value="2""#, #"<p class="help">How &lt;many&gt;</p>"#,
                          #"<select id="p-3" name="param.enabled"><option value="true">true</option><option value="false">false</option></select>"#,
                          #"<textarea id="p-4" name="param.settings" rows="4" spellcheck="false">{&quot;a&quot;:1}</textarea>"#,
                          #"name="param.location" type="text" value="" placeholder="default: [resourceGroup().location]""#] {
                #expect(reply.text.contains(field), "\(field)")
            }
        }
    }

    @Test func aYAMLTemplatesErrorIsAtItsYAMLLine() async throws {
        try await onDeployPage { browser, path, csrf in
            let template = try String(contentsOf: PackagePaths.root.appendingPathComponent("Templates/incremental-snapshot.yaml"),
                                      encoding: .utf8)
            let reply = try await browser.post(path, [("template", template), ("action", "validate"),
                                                      ("param.diskResourceId", Self.disk)], csrf: csrf)
            let outcome = reply.fragment(from: #"<section id="outcome""#, to: "</section>")
            #expect(outcome.contains(#"<span class="code">NoRegisteredProviderFound</span>"#))
            #expect(outcome.contains(#"<pre class="source-line"><span class="ln">14</span> apiVersion: &quot;2022-03-22&quot;</pre>"#))
        }
    }

    @Test func whatIfIsRenderedInColourAndCreateDeploys() async throws {
        try await onDeployPage { browser, path, csrf in
            let template = try String(contentsOf: Self.seedTemplate, encoding: .utf8)
                .replacingOccurrences(of: "2022-03-22", with: "2022-03-02")
            let fields = [("template", template), ("deploymentName", "seed"), ("param.diskResourceId", Self.disk)]
            let whatIf = try await browser.post(path, fields + [("action", "whatif")], csrf: csrf)
            #expect(whatIf.status == 200)
            Golden.expect(whatIf.fragment(from: #"<div class="whatif">"#, to: "</div>") + "\n", matches: Self.golden)
            let lint = try await browser.post(path, fields + [("action", "lint")], csrf: csrf)
            #expect(lint.fragment(from: #"<table id="lint">"#, to: "</table>").contains("<code>use-recent-api-versions</code>"))
            let created = try await browser.post(path, fields + [("action", "create")], csrf: csrf)
            #expect(created.status == 303)
            let deploymentPath = try #require(created.header("Location"))
            #expect(deploymentPath == "/portal" + Self.group + "/providers/Microsoft.Resources/deployments/seed")
            let deployment = try await browser.get(deploymentPath)
            #expect(deployment.text.contains(#"<span class="state state-succeeded">Succeeded</span>"#))
            #expect(deployment.fragment(from: #"<table id="operations">"#, to: "</table>").contains(">contosodisk1_snapshot1</a>"))
            #expect(deployment.fragment(from: #"<table id="parameters">"#, to: "</table>")
                .contains("<tr><td>diskResourceId</td><td>String</td><td><code>\(Self.disk)</code></td></tr>"))
            let group = try await browser.get("/portal" + Self.group)
            #expect(group.fragment(from: #"<table id="deployments">"#, to: "</table>").contains(">seed</a>"))
            // Deployed once, the same snapshot with a tag is a modification: purple `~`.
            let tagged = template.replacingOccurrences(of: #""apiVersion": "2022-03-02","#,
                                                       with: #""apiVersion": "2022-03-02", "tags": {"env": "dev"},"#)
            let modify = try await browser.post(path, [("template", tagged), ("deploymentName", "seed"),
                                                       ("param.diskResourceId", Self.disk), ("action", "whatif")], csrf: csrf)
            let changes = modify.fragment(from: #"<div class="whatif">"#, to: "</div>")
            #expect(changes.contains(#"<li class="wi-modify"><span class="sym" aria-hidden="true">~</span>"#))
            #expect(changes.contains("&quot;dev&quot;"))
            #expect(changes.contains("Resource changes: 1 to modify"))
        }
    }

    @Test func pastedTextIsEscaped() async throws {
        try await onDeployPage { browser, path, csrf in
            let hostile = #"</textarea><script>alert("x")</script>"#
            let reply = try await browser.post(path, [("template", hostile), ("action", "validate")], csrf: csrf)
            #expect(!reply.text.contains("<script>alert"))
            #expect(reply.text.contains("&lt;/textarea&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        }
    }

    @Test func plainHTTPDoesNotServeThePortal() async throws {
        let server = try TestServer()
        let app = Application(responder: ArmletServer.responder(services: server.services, scheme: "http"))
        try await app.test(.router) { client in
            let token = try #require(server.services.portal.signInToken)
            let reply = try await client.execute(uri: "/portal/signin?token=" + token, method: .get)
            #expect(reply.status == .forbidden)
            #expect(reply.headers[.setCookie] == nil)
            #expect(String(buffer: reply.body).contains("served over HTTPS only"))
        }
        #expect(server.services.portal.signInToken != nil)
    }

    @Test func staticFilesHaveTheirTypesAndMayBeCached() async throws {
        let server = try TestServer()
        try await server.test { client in
            let browser = PortalBrowser(client)
            let css = try await browser.get("/portal/static/portal.css")
            #expect(css.status == 200)
            #expect(css.header("Content-Type") == "text/css; charset=utf-8")
            #expect(css.header("Cache-Control") == "public, max-age=3600")
            #expect(css.text.contains(":focus-visible"))
            let js = try await browser.get("/portal/static/portal.js")
            #expect(js.header("Content-Type") == "text/javascript; charset=utf-8")
            #expect(js.text.contains("progress[data-poll]"))
            #expect(try await browser.get("/portal/static/nope.js").status == 404)
        }
    }
}
