extension PortalTemplates {
    /// The subscriptions (the start page).
    static let home = """
        <table>
        <caption>Subscriptions</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Subscription ID</th><th scope="col">State</th></tr></thead>
        <tbody>{{#subscriptions}}<tr><td><a href="{{href}}">{{name}}</a></td><td><code>{{id}}</code></td><td>{{state}}</td></tr>{{/subscriptions}}</tbody>
        </table>
        """

    /// A subscription's resource groups.
    static let subscription = """
        <table>
        <caption>Resource groups</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Location</th><th scope="col">State</th></tr></thead>
        <tbody>{{#groups}}<tr><td><a href="{{href}}">{{name}}</a></td><td>{{location}}</td><td>{{state}}</td></tr>{{/groups}}
        {{^groups}}<tr><td colspan="3">No resource groups yet: <code>armlet group create -n NAME -l westus</code>.</td></tr>{{/groups}}</tbody>
        </table>
        """

    /// A group's resources (disks and snapshots with their copy progress) and deployment history.
    static let group = """
        <p class="toolbar"><a class="button" href="{{deployHref}}">Deploy a custom template</a></p>
        <dl class="overview"><dt>Location</dt><dd>{{location}}</dd><dt>Subscription</dt><dd><code>{{subscriptionId}}</code></dd></dl>
        <table id="disks">
        <caption>Disks</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Size (GiB)</th><th scope="col">SKU</th><th scope="col">Disk state</th></tr></thead>
        <tbody>{{#disks}}<tr><td><a href="{{href}}">{{name}}</a></td><td>{{size}}</td><td>{{sku}}</td><td>{{diskState}}</td></tr>{{/disks}}
        {{^disks}}<tr><td colspan="4">No disks.</td></tr>{{/disks}}</tbody>
        </table>
        {{>snapshotTable}}
        <table id="others">
        <caption>Other resources</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Location</th></tr></thead>
        <tbody>{{#others}}<tr><td>{{name}}</td><td>{{type}}</td><td>{{location}}</td></tr>{{/others}}
        {{^others}}<tr><td colspan="3">None.</td></tr>{{/others}}</tbody>
        </table>
        <table id="deployments">
        <caption>Deployment history</caption>
        <thead><tr><th scope="col">Deployment</th><th scope="col">Status</th><th scope="col">Started</th><th scope="col">Duration</th></tr></thead>
        <tbody>{{#deployments}}<tr><td><a href="{{href}}">{{name}}</a></td><td><span class="state state-{{stateClass}}">{{state}}</span></td><td>{{timestamp}}</td><td>{{duration}}</td></tr>{{/deployments}}
        {{^deployments}}<tr><td colspan="4">No deployments.</td></tr>{{/deployments}}</tbody>
        </table>
        """

    /// Snapshots with their live copy progress (a group's, or a disk's incremental ones).
    static let snapshotTable = """
        <table id="snapshots">
        <caption>{{snapshotCaption}}</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Location</th><th scope="col">Created</th><th scope="col">Copy progress</th></tr></thead>
        <tbody>{{#snapshots}}<tr><td><a href="{{href}}">{{name}}</a></td><td>{{kind}}</td><td>{{location}}</td><td>{{created}}</td><td>{{>progress}}</td></tr>{{/snapshots}}
        {{^snapshots}}<tr><td colspan="5">No snapshots.</td></tr>{{/snapshots}}</tbody>
        </table>
        """

    /// A deployment: status, error, operations, parameters, outputs and the template.
    static let deployment = """
        <dl class="overview">
        <dt>Status</dt><dd><span class="state state-{{stateClass}}">{{state}}</span></dd>
        <dt>Mode</dt><dd>{{mode}}</dd><dt>Started</dt><dd>{{timestamp}}</dd><dt>Duration</dt><dd>{{duration}}</dd>
        <dt>Correlation ID</dt><dd><code>{{correlationId}}</code></dd>
        </dl>
        {{#error}}<section aria-labelledby="dep-error"><h2 id="dep-error">Error</h2>{{>armError}}</section>{{/error}}
        <table id="operations">
        <caption>Operations</caption>
        <thead><tr><th scope="col">Resource</th><th scope="col">Type</th><th scope="col">Operation</th><th scope="col">Status</th><th scope="col">Status code</th></tr></thead>
        <tbody>{{#operations}}<tr><td>{{#href}}<a href="{{href}}">{{name}}</a>{{/href}}{{^href}}{{name}}{{/href}}</td><td>{{type}}</td><td>{{operation}}</td><td>{{state}}</td><td>{{statusCode}}</td></tr>{{/operations}}
        {{^operations}}<tr><td colspan="5">No operations.</td></tr>{{/operations}}</tbody>
        </table>
        {{#valueTables}}<table id="{{id}}">
        <caption>{{caption}}</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Value</th></tr></thead>
        <tbody>{{#rows}}<tr><td>{{name}}</td><td>{{type}}</td><td><code>{{value}}</code></td></tr>{{/rows}}
        {{^rows}}<tr><td colspan="3">None.</td></tr>{{/rows}}</tbody>
        </table>{{/valueTables}}
        <section aria-labelledby="dep-template"><h2 id="dep-template">Template</h2>
        <pre class="template">{{template}}</pre></section>
        <p><a href="{{groupHref}}#deployments">Deployment history of {{groupName}}</a></p>
        """
}
