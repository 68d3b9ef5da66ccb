extension PortalTemplates {
    /// A disk: overview, its incremental snapshots, and Create snapshot.
    static let disk = """
        <p class="toolbar"><a class="button" href="{{createSnapshotHref}}">Create snapshot</a></p>
        <dl class="overview">{{#facts}}<dt>{{label}}</dt><dd>{{#code}}<code>{{value}}</code>{{/code}}{{^code}}{{value}}{{/code}}</dd>{{/facts}}</dl>
        {{>snapshotTable}}
        """

    /// A snapshot: overview with the live copy progress, and Copy snapshot.
    static let snapshot = """
        <p class="toolbar"><a class="button" href="{{copyHref}}">Copy snapshot</a></p>
        <p class="copy-progress"><strong>Copy progress</strong> {{#progress}}{{>progress}}{{/progress}}</p>
        <dl class="overview">{{#facts}}<dt>{{label}}</dt><dd>{{#code}}<code>{{value}}</code>{{/code}}{{^code}}{{value}}{{/code}}</dd>{{/facts}}</dl>
        """

    /// The hidden CSRF field every state-changing form carries.
    static let csrf = """
        <input type="hidden" name="csrf" value="{{csrf}}">
        """

    /// The Full / Incremental choice of the snapshot forms.
    static let snapshotType = """
        <fieldset><legend>Snapshot type</legend>
        <label><input type="radio" name="type" value="Full"{{^incremental}} checked{{/incremental}}> Full</label>
        <label><input type="radio" name="type" value="Incremental"{{#incremental}} checked{{/incremental}}> Incremental</label>
        </fieldset>
        """

    /// A `<select>` with its label (`options`: value, label, selected).
    static let select = """
        <div class="field"><label for="{{id}}">{{label}}</label>
        <select id="{{id}}" name="{{name}}">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select></div>
        """

    /// Create snapshot: the portal's tabs (Basics, Encryption, Networking, Tags), then Review + create.
    static let createSnapshot = """
        {{#error}}<section aria-labelledby="form-error"><h2 id="form-error">Validation failed</h2>{{>armError}}</section>{{/error}}
        <form method="post" action="{{action}}" class="tabs-form">
        {{>csrf}}
        <div class="tablist" role="tablist" aria-label="Create snapshot steps">
        <button type="button" role="tab" id="tab-basics" aria-controls="panel-basics" aria-selected="true">Basics</button>
        <button type="button" role="tab" id="tab-encryption" aria-controls="panel-encryption" aria-selected="false">Encryption</button>
        <button type="button" role="tab" id="tab-networking" aria-controls="panel-networking" aria-selected="false">Networking</button>
        <button type="button" role="tab" id="tab-tags" aria-controls="panel-tags" aria-selected="false">Tags</button>
        </div>
        <section role="tabpanel" id="panel-basics" aria-labelledby="tab-basics">
        <h2>Project details</h2>
        {{#subscriptionSelect}}{{>select}}{{/subscriptionSelect}}
        {{#groupSelect}}{{>select}}{{/groupSelect}}
        <h2>Instance details</h2>
        <div class="field"><label for="name">Name</label><input id="name" name="name" required value="{{name}}" autocomplete="off"></div>
        {{#regionSelect}}{{>select}}{{/regionSelect}}
        {{>snapshotType}}
        <h2>Source</h2>
        {{#sourceSubscriptionSelect}}{{>select}}{{/sourceSubscriptionSelect}}
        {{#sourceDiskSelect}}{{>select}}{{/sourceDiskSelect}}
        {{#storageSelect}}{{>select}}{{/storageSelect}}
        </section>
        <section role="tabpanel" id="panel-encryption" aria-labelledby="tab-encryption">
        <h2>Encryption</h2>
        {{#encryptionSelect}}{{>select}}{{/encryptionSelect}}
        </section>
        <section role="tabpanel" id="panel-networking" aria-labelledby="tab-networking">
        <h2>Networking</h2>
        {{#networkSelect}}{{>select}}{{/networkSelect}}
        {{#publicSelect}}{{>select}}{{/publicSelect}}
        </section>
        <section role="tabpanel" id="panel-tags" aria-labelledby="tab-tags">
        <h2>Tags</h2>
        {{#tags}}<div class="field pair"><label for="tag-name-{{index}}">Tag name {{index}}</label><input id="tag-name-{{index}}" name="tagName{{index}}" value="{{key}}">
        <label for="tag-value-{{index}}">Tag value {{index}}</label><input id="tag-value-{{index}}" name="tagValue{{index}}" value="{{value}}"></div>{{/tags}}
        </section>
        <p class="actions"><button type="submit" name="step" value="review" class="primary">Review + create</button></p>
        </form>
        """

    /// Review + create: the summary, the values carried as hidden fields, Create and Previous.
    static let reviewSnapshot = """
        <p class="notice">Validation passed: the disk provider accepts this snapshot. Review it, then select <strong>Create</strong>.</p>
        <dl class="overview">{{#summary}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/summary}}</dl>
        <form method="post" action="{{action}}">
        {{>csrf}}
        {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
        <p class="actions"><button type="submit" name="step" value="create" class="primary" id="create">Create</button>
        <button type="submit" name="step" value="edit">Previous</button></p>
        </form>
        """

    /// Copy snapshot: name, target region and snapshot type.
    static let copySnapshot = """
        {{#error}}<section aria-labelledby="form-error"><h2 id="form-error">The copy failed</h2>{{>armError}}</section>{{/error}}
        <form method="post" action="{{action}}">
        {{>csrf}}
        {{#groupSelect}}{{>select}}{{/groupSelect}}
        <div class="field"><label for="name">Name</label><input id="name" name="name" required value="{{name}}" autocomplete="off"></div>
        {{#regionSelect}}{{>select}}{{/regionSelect}}
        {{>snapshotType}}
        <p class="actions"><button type="submit" class="primary">Copy snapshot</button></p>
        </form>
        """
}
