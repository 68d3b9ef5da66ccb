import Mustache

/// The portal's compiled templates, and the one way a page is rendered: the page's template, then
/// the frame around it.
///
/// Contexts are `[String: Any]` dictionaries; every value a template prints goes through `{{ }}`,
/// which HTML-escapes it (quotes included, so attribute values are safe too).
struct PortalViews: Sendable {
    /// The templates by name (pages and partials alike).
    static let named: [String: String] = [
        "layout": PortalTemplates.layout, "signIn": PortalTemplates.signIn, "armError": PortalTemplates.armError,
        "errorPage": PortalTemplates.errorPage, "progress": PortalTemplates.progress,
        "home": PortalTemplates.home, "subscription": PortalTemplates.subscription, "group": PortalTemplates.group,
        "snapshotTable": PortalTemplates.snapshotTable, "deployment": PortalTemplates.deployment,
        "disk": PortalTemplates.disk, "snapshot": PortalTemplates.snapshot, "csrf": PortalTemplates.csrf,
        "select": PortalTemplates.select, "snapshotType": PortalTemplates.snapshotType, "createSnapshot": PortalTemplates.createSnapshot,
        "reviewSnapshot": PortalTemplates.reviewSnapshot, "copySnapshot": PortalTemplates.copySnapshot,
        "deploy": PortalTemplates.deploy, "lint": PortalTemplates.lint, "whatIf": PortalTemplates.whatIf,
        "whatIfDelta": PortalTemplates.whatIfDelta,
    ]

    /// The shared library, compiled once (the templates are constants, so a parse error is a programmer
    /// error that the tests catch: the page then renders empty).
    static let shared = PortalViews()

    let library: MustacheLibrary

    private init() {
        var library = MustacheLibrary()
        for (name, text) in Self.named.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text, named: name)
            } catch {
                assertionFailure("portal template \(name): \(error)")
            }
        }
        self.library = library
    }

    /// `template` rendered with `context` (a fragment, without the frame).
    func fragment(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// A whole page: `template` with `context`, inside the frame titled `title` with `crumbs`.
    func page(_ template: String, title: String, crumbs: [PortalCrumb], _ context: [String: Any]) -> String {
        let body = fragment(template, context)
        let frame: [String: Any] = [
            "title": title, "body": body, "hasCrumbs": !crumbs.isEmpty,
            "crumbs": crumbs.map { ["href": $0.href, "label": $0.label] },
        ]
        return fragment("layout", frame)
    }
}

/// One link of the breadcrumb.
struct PortalCrumb: Sendable {
    var label: String
    var href: String
}
