/// The portal's hand-written CSS and JavaScript, served from `/portal/static/` (no CDN: Armlet works
/// offline). Colours keep at least 4.5:1 contrast on white; focus is always visible.
enum PortalStatic {
    /// The files by name, with their content types.
    static func file(_ name: String) -> (text: String, contentType: String)? {
        switch name {
        case "portal.css": (css, "text/css; charset=utf-8")
        case "portal.js": (javascript, "text/javascript; charset=utf-8")
        default: nil
        }
    }

    static let css = """
        :root { --ink: #1b1a19; --muted: #605e5c; --line: #c8c6c4; --brand: #0063b1; --bg: #faf9f8;
          --create: #107c10; --delete: #a4262c; --modify: #5c2e91; --deploy: #0063b1; --same: #605e5c; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, "Segoe UI", sans-serif; color: var(--ink); background: #fff; }
        a { color: var(--brand); }
        :focus-visible { outline: 3px solid var(--brand); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px; }
        .top { background: #243a5e; color: #fff; padding: 10px 20px; display: flex; gap: 16px; align-items: baseline; }
        .top .brand { color: #fff; font-weight: 600; text-decoration: none; font-size: 17px; }
        .tagline { color: #e1dfdd; font-size: 13px; }
        .crumbs ol { list-style: none; margin: 0; padding: 8px 20px; display: flex; flex-wrap: wrap; gap: 6px; background: var(--bg); }
        .crumbs li + li::before { content: "›"; margin-right: 6px; color: var(--muted); }
        main { padding: 8px 20px 40px; max-width: 1200px; }
        h1 { font-size: 24px; font-weight: 600; margin: 12px 0; }
        h2 { font-size: 17px; font-weight: 600; margin: 18px 0 8px; }
        table { border-collapse: collapse; width: 100%; margin: 16px 0; }
        caption { text-align: left; font-weight: 600; font-size: 16px; padding: 4px 0; }
        th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--bg); font-weight: 600; }
        code, pre { font-family: ui-monospace, Consolas, monospace; font-size: 13px; }
        pre.template { background: var(--bg); border: 1px solid var(--line); padding: 10px; overflow: auto; max-height: 480px; }
        dl.overview { display: grid; grid-template-columns: max-content 1fr; gap: 4px 24px; margin: 12px 0; }
        dl.overview dt { color: var(--muted); } dl.overview dd { margin: 0; overflow-wrap: anywhere; }
        .toolbar { border-bottom: 1px solid var(--line); padding-bottom: 8px; }
        a.button, button { display: inline-block; font: inherit; padding: 5px 14px; border: 1px solid #8a8886; border-radius: 2px;
          background: #fff; color: var(--ink); text-decoration: none; cursor: pointer; }
        button.primary, a.button.primary { background: var(--brand); border-color: var(--brand); color: #fff; }
        .field { margin: 10px 0; display: flex; flex-direction: column; max-width: 640px; }
        .field.pair { flex-direction: row; flex-wrap: wrap; gap: 6px 10px; align-items: center; }
        label { font-weight: 600; } .type { font-weight: 400; color: var(--muted); }
        input, select, textarea { font: inherit; padding: 5px 8px; border: 1px solid #8a8886; border-radius: 2px; color: var(--ink); background: #fff; }
        textarea { font-family: ui-monospace, Consolas, monospace; font-size: 13px; width: 100%; max-width: 900px; }
        fieldset { border: 1px solid var(--line); max-width: 640px; } fieldset label { font-weight: 400; margin-right: 16px; }
        .help { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
        .tablist { display: flex; gap: 2px; border-bottom: 1px solid var(--line); margin: 8px 0; }
        .tablist [role=tab] { border: none; border-bottom: 3px solid transparent; background: none; }
        .tablist [aria-selected=true] { border-bottom-color: var(--brand); font-weight: 600; }
        .actions { display: flex; gap: 8px; flex-wrap: wrap; margin: 16px 0; }
        .notice { background: #f3f2f1; border-left: 4px solid var(--brand); padding: 8px 12px; }
        .notice.ok { border-left-color: var(--create); }
        .arm-error { border-left: 4px solid var(--delete); background: #fdf3f4; padding: 8px 12px; margin: 8px 0; }
        .arm-error .code { font-weight: 700; color: var(--delete); }
        .source-line { background: #fff; border: 1px solid var(--line); padding: 4px 8px; overflow: auto; }
        .source-line .ln { color: var(--muted); margin-right: 8px; }
        .details { margin: 4px 0; padding-left: 18px; }
        progress { width: 160px; height: 14px; vertical-align: middle; }
        .state-succeeded { color: var(--create); } .state-failed { color: var(--delete); font-weight: 600; }
        .whatif { background: #fff; border: 1px solid var(--line); padding: 10px 14px; font-family: ui-monospace, Consolas, monospace; font-size: 13px; }
        .whatif ul { list-style: none; padding-left: 18px; margin: 2px 0; }
        .whatif .sym { display: inline-block; width: 1.2em; font-weight: 700; }
        .whatif .legend > span { margin-right: 1.5em; }
        .wi-create, .wi-create > .sym { color: var(--create); } .wi-delete, .wi-delete > .sym { color: var(--delete); }
        .wi-modify, .wi-modify > .sym, .wi-array > .sym { color: var(--modify); } .wi-deploy, .wi-deploy > .sym { color: var(--deploy); }
        .wi-nochange, .wi-ignore, .wi-noeffect, .wi-unsupported { color: var(--same); }
        .whatif .before { color: var(--delete); } .whatif .after { color: var(--create); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .lint-error td:nth-child(2) { color: var(--delete); font-weight: 600; } .lint-warning td:nth-child(2) { color: #8a5300; }
        """

    static let javascript = """
        "use strict";
        // Tabs: one panel shown at a time; arrow keys move between tabs. Without JavaScript every panel shows.
        document.querySelectorAll("[role=tablist]").forEach(function (list) {
          var tabs = Array.prototype.slice.call(list.querySelectorAll("[role=tab]"));
          function select(tab) {
            tabs.forEach(function (t) {
              var on = t === tab;
              t.setAttribute("aria-selected", on ? "true" : "false");
              t.tabIndex = on ? 0 : -1;
              document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
            });
          }
          tabs.forEach(function (tab, i) {
            tab.addEventListener("click", function () { select(tab); });
            tab.addEventListener("keydown", function (e) {
              var next = e.key === "ArrowRight" ? tabs[(i + 1) % tabs.length] : e.key === "ArrowLeft" ? tabs[(i + tabs.length - 1) % tabs.length] : null;
              if (next) { e.preventDefault(); select(next); next.focus(); }
            });
          });
          if (tabs.length) { select(tabs[0]); }
        });
        // Copy progress: poll each bar until it reaches 100, without reloading the page.
        document.querySelectorAll("progress[data-poll]").forEach(function (bar) {
          var output = bar.parentNode.querySelector("output");
          function show(percent) {
            bar.value = percent; bar.textContent = percent + "%";
            if (output) { output.textContent = percent + "%"; }
          }
          function poll() {
            fetch(bar.getAttribute("data-poll"), { credentials: "same-origin", cache: "no-store" })
              .then(function (r) { return r.ok ? r.json() : null; })
              .then(function (body) {
                if (!body) { return; }
                show(body.completionPercent);
                if (body.completionPercent < 100) { setTimeout(poll, 1000); }
              })
              .catch(function () { setTimeout(poll, 3000); });
          }
          if (Number(bar.value) < 100) { setTimeout(poll, 1000); }
        });
        // Upload: a chosen template file fills the template text area.
        document.querySelectorAll("input[type=file][data-fills]").forEach(function (input) {
          input.addEventListener("change", function () {
            var file = input.files && input.files[0];
            if (!file) { return; }
            var reader = new FileReader();
            reader.onload = function () { document.getElementById(input.getAttribute("data-fills")).value = reader.result; };
            reader.readAsText(file);
          });
        });
        """
}
