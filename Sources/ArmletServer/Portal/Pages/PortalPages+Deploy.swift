import ArmletCore
import ArmletEngine
import ArmletJSON
import ArmletLint
import ArmletState
import ArmletTemplate
import Foundation
import Hummingbird

extension PortalPages {
    /// Deploy a custom template into the group `groupId`: `action` is `load` (the parameters form
    /// from the template), `validate`, `whatif`, `lint` or `create` (then the deployment's page).
    ///
    /// The template text is loaded as written (JSON or YAML), so positions in errors are lines of
    /// what the user pasted; validation, what-if and deployment are the engine's, as in the REST API.
    func deploy(group groupId: ResourceID, post: Bool) throws -> Response {
        let subscriptionId = groupId.subscriptionId ?? ""
        let group = try manager(subscriptionId).group(name: groupId.name)
        // Browsers send a text area's lines with CRLF; the template's lines are what the user sees.
        let text = post ? (form["template"] ?? "").replacingOccurrences(of: "\r\n", with: "\n") : ""
        let action = post ? (form["action"] ?? "load") : "load"
        var model: [String: Any] = [
            "csrf": csrf, "action": PortalPaths.page(of: group.id, action: "deploy"), "template": text,
            "deploymentName": form.text("deploymentName") ?? "portal-deployment", "parameters": [[String: Any]](),
            "noTemplate": text.isEmpty, "outcomeTitle": "", "passed": false, "error": false, "whatIf": false, "lint": false,
        ]
        var status = HTTPResponse.Status.ok
        var loaded: LoadedTemplate?
        if !text.isEmpty {
            do {
                loaded = try TemplateLoader.load(text: text, file: Self.fileName(text))
            } catch {
                model["error"] = PortalErrorView.model(ARMError.from(error), source: text)
                model["outcomeTitle"] = "The template could not be read"
                status = .badRequest
            }
        }
        if let loaded { model["parameters"] = PortalParameterForm.fields(loaded.template, form: form) }
        if action == "lint", !text.isEmpty {
            model["outcomeTitle"] = "Lint"
            model["lint"] = lint(text)
        } else if let loaded, action != "load" {
            let request = DeploymentRequest(name: model["deploymentName"] as? String ?? "", target: .resourceGroup(group.name),
                                            template: loaded, parameters: PortalParameterForm.supplied(loaded.template, form: form))
            let engine = services.engine(subscription: subscriptionId).deployments
            do {
                let validation = try engine.validate(request)
                if let error = validation.error {
                    model["outcomeTitle"] = "Validation failed"
                    model["error"] = PortalErrorView.model(error, source: text)
                    status = .badRequest
                } else if action == "whatif" {
                    model["outcomeTitle"] = "What-if"
                    let result = try engine.whatIf(request, after: validation, options: WhatIfOptions(resultFormat: .fullResourcePayloads))
                    model["whatIf"] = PortalWhatIfView.model(result)
                } else if action == "create" {
                    let deployment = try engine.deploy(request, after: validation)
                    return PortalResponse.redirect(PortalPaths.page(of: deployment.id))
                } else {
                    model["outcomeTitle"] = "Validation"
                    model["passed"] = "Validation passed."
                }
            } catch {
                let armError = ARMError.from(error)
                model["outcomeTitle"] = "The request failed"
                model["error"] = PortalErrorView.model(armError, source: text)
                status = HTTPResponse.Status(code: armError.httpStatus)
            }
        }
        var crumbs = crumbs(group: groupId)
        crumbs.removeLast()
        crumbs.append(PortalCrumb(label: group.name, href: PortalPaths.page(of: group.id)))
        return page("deploy", title: "Custom deployment", crumbs: crumbs, model, status: status)
    }

    /// The lint findings of `text`, by the same linter and rules as `armlet lint`.
    func lint(_ text: String) -> [String: Any] {
        let linter = Linter(referenceDate: services.clock.now())
        let result = linter.lint(text: text, file: Self.fileName(text))
        let findings: [[String: Any]] = result.findings.map { finding in
            ["line": finding.location.line, "column": finding.location.column, "level": finding.level.rawValue,
             "rule": finding.ruleID, "message": finding.message]
        }
        return ["count": findings.count, "findings": findings]
    }

    /// `template.json`, or `template.yaml` when the text does not start like JSON (the loaders pick
    /// their reader by the extension).
    static func fileName(_ text: String) -> String {
        let first = text.first { !$0.isWhitespace }
        return first == "{" || first == "/" ? "template.json" : "template.yaml"
    }
}
