extension PortalTemplates {
    /// Deploy a custom template: the template (pasted or uploaded), the parameters form generated from
    /// it, Validate, What-if, Lint and Create, and the outcome of the last action.
    static let deploy = """
        <form method="post" action="{{action}}" id="deploy-form">
        {{>csrf}}
        <section aria-labelledby="tpl-h"><h2 id="tpl-h">Template</h2>
        <div class="field"><label for="template-file">Upload a template file (JSON or YAML)</label>
        <input type="file" id="template-file" accept=".json,.jsonc,.yaml,.yml,application/json" data-fills="template"></div>
        <div class="field"><label for="template">Template (paste JSON or YAML)</label>
        <textarea id="template" name="template" rows="18" spellcheck="false">{{template}}</textarea></div>
        <p class="actions"><button type="submit" name="action" value="load">Edit parameters</button></p>
        </section>
        <section aria-labelledby="par-h"><h2 id="par-h">Instance details</h2>
        <div class="field"><label for="deploymentName">Deployment name</label>
        <input id="deploymentName" name="deploymentName" required value="{{deploymentName}}" autocomplete="off"></div>
        {{#parameters}}<div class="field"><label for="p-{{index}}">{{name}} <span class="type">({{typeName}}{{#required}}, required{{/required}})</span></label>
        {{#isSelect}}<select id="p-{{index}}" name="param.{{name}}">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select>{{/isSelect}}
        {{#isTextarea}}<textarea id="p-{{index}}" name="param.{{name}}" rows="4" spellcheck="false">{{value}}</textarea>{{/isTextarea}}
        {{#isInput}}<input id="p-{{index}}" name="param.{{name}}" type="{{inputType}}" value="{{value}}" placeholder="{{placeholder}}" autocomplete="off">{{/isInput}}
        {{#description}}<p class="help">{{description}}</p>{{/description}}</div>{{/parameters}}
        {{^parameters}}<p>The template declares no parameters{{#noTemplate}} (paste a template, then select Edit parameters){{/noTemplate}}.</p>{{/parameters}}
        </section>
        <p class="actions">
        <button type="submit" name="action" value="validate">Validate</button>
        <button type="submit" name="action" value="whatif">What-if</button>
        <button type="submit" name="action" value="lint">Lint</button>
        <button type="submit" name="action" value="create" class="primary">Create</button>
        </p>
        </form>
        <section id="outcome" aria-live="polite" aria-labelledby="outcome-h"><h2 id="outcome-h">{{outcomeTitle}}</h2>
        {{#passed}}<p class="notice ok">{{passed}}</p>{{/passed}}
        {{#error}}{{>armError}}{{/error}}
        {{#whatIf}}{{>whatIf}}{{/whatIf}}
        {{#lint}}{{>lint}}{{/lint}}
        </section>
        """

    /// Lint findings: rule, level, position and message.
    static let lint = """
        <table id="lint">
        <caption>Lint findings ({{count}})</caption>
        <thead><tr><th scope="col">Line</th><th scope="col">Level</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead>
        <tbody>{{#findings}}<tr class="lint-{{level}}"><td>{{line}}:{{column}}</td><td>{{level}}</td><td><code>{{rule}}</code></td><td>{{message}}</td></tr>{{/findings}}
        {{^findings}}<tr><td colspan="4">No findings.</td></tr>{{/findings}}</tbody>
        </table>
        """

    /// A what-if result as the portal and `az` colour it: create green `+`, delete red `-`, modify
    /// purple `~`, deploy blue `!`, no change and ignore grey.
    static let whatIf = """
        <div class="whatif">
        <p class="legend">{{#legend}}<span class="wi-{{kind}}"><span class="sym" aria-hidden="true">{{symbol}}</span> {{name}}</span> {{/legend}}</p>
        {{#scopes}}<p class="scope">Scope: <code>{{scope}}</code></p>
        <ul class="changes">{{#changes}}<li class="wi-{{kind}}"><span class="sym" aria-hidden="true">{{symbol}}</span> <span class="visually-hidden">{{name}}:</span> <code>{{resource}}</code>{{#reason}} <span class="reason">({{reason}})</span>{{/reason}}
        {{#hasDelta}}<ul class="delta">{{#delta}}{{>whatIfDelta}}{{/delta}}</ul>{{/hasDelta}}</li>{{/changes}}</ul>{{/scopes}}
        <p class="summary">Resource changes: {{summary}}.</p>
        {{#hasDiagnostics}}<ul class="diagnostics">{{#diagnostics}}<li>{{level}} {{code}}: {{message}}</li>{{/diagnostics}}</ul>{{/hasDiagnostics}}
        </div>
        """

    /// One property change of a what-if, nesting its children.
    static let whatIfDelta = """
        <li class="wi-{{kind}}"><span class="sym" aria-hidden="true">{{symbol}}</span> <span class="visually-hidden">{{name}}:</span> <code>{{path}}</code>{{#hasValues}}: {{#before}}<span class="before">{{before}}</span>{{/before}}{{#arrow}} =&gt; {{/arrow}}{{#after}}<span class="after">{{after}}</span>{{/after}}{{/hasValues}}
        {{#hasChildren}}<ul class="delta">{{#children}}{{>whatIfDelta}}{{/children}}</ul>{{/hasChildren}}</li>
        """
}
