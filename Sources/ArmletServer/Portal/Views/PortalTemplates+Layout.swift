/// The portal's Mustache templates: the page frame, the sign-in page, errors and the shared
/// fragments (`{{ }}` escapes HTML; `{{{ }}}` only ever takes another template's output).
enum PortalTemplates {
    /// Every page: header, breadcrumb, the page's body; CSS and JS from `/portal/static`.
    static let layout = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Armlet portal</title>
        <link rel="stylesheet" href="/portal/static/portal.css">
        <script src="/portal/static/portal.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top"><a class="brand" href="/portal/">Armlet portal</a>
        <span class="tagline">Local Azure Resource Manager</span></header>
        {{#hasCrumbs}}<nav class="crumbs" aria-label="Breadcrumb"><ol>{{#crumbs}}<li><a href="{{href}}">{{label}}</a></li>{{/crumbs}}<li aria-current="page">{{title}}</li></ol></nav>{{/hasCrumbs}}
        <main id="main">
        <h1>{{title}}</h1>
        {{{body}}}
        </main>
        </body>
        </html>
        """

    /// The page shown without a session.
    static let signIn = """
        <p class="notice" role="alert">{{message}}</p>
        <p>Open the <strong>Portal:</strong> link that <code>armlet serve</code> printed when it started.
        The link works once; restart the server for a new one.</p>
        """

    /// An ARM error: code, message, target and template position with the quoted line; details nest.
    /// Every key is set on every error (false when absent), so a detail never shows its parent's values.
    static let armError = """
        <div class="arm-error">
        <p><span class="code">{{code}}</span> {{message}}</p>
        {{#target}}<p class="target">Target: <code>{{target}}</code></p>{{/target}}
        {{#line}}<p class="where">Template line {{line}}, column {{column}}{{#path}} (<code>{{path}}</code>){{/path}}</p>
        {{#source}}<pre class="source-line"><span class="ln">{{line}}</span> {{source}}</pre>{{/source}}{{/line}}
        {{#hasDetails}}<ul class="details">{{#details}}<li>{{>armError}}</li>{{/details}}</ul>{{/hasDetails}}
        </div>
        """

    /// A page that only shows an error.
    static let errorPage = """
        <section aria-labelledby="err">
        <h2 id="err">The request failed</h2>
        {{#error}}{{>armError}}{{/error}}
        <p><a href="/portal/">Back to subscriptions</a></p>
        </section>
        """

    /// A live copy-progress bar; portal.js polls `data-poll` until 100.
    static let progress = """
        <span class="progress"><progress max="100" value="{{percent}}" data-poll="{{poll}}" \
        aria-label="Copy progress of {{name}}">{{percent}}%</progress> <output class="percent">{{percent}}%</output></span>
        """
}
