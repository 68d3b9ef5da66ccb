import ArmletCatalog
import ArmletExpressions
package import ArmletJSON
import ArmletTemplate

/// Every expression string of a document, parsed once, with the template scope each one sees.
///
/// Template and parameter `metadata` and `definitions` are not evaluated by ARM and are skipped.
/// A nested deployment whose `expressionEvaluationOptions.scope` is `inner` opens a new scope for
/// its `template`; in the default outer scope its expressions see the enclosing template.
package struct ExpressionIndex: Sendable {
    /// The expression strings in document order.
    package let sites: [ExpressionSite]
    /// The scopes; index 0 is the root template.
    package let scopes: [TemplateScope]

    /// Indexes `root`, the document value of a template.
    package init(root: JSONValue) {
        var builder = Builder()
        if let object = root.objectValue {
            let scope = builder.addScope(object, at: .root)
            builder.walkTemplate(object, at: .root, scope: scope)
        }
        sites = builder.sites
        scopes = builder.scopes
    }

    /// The sites that belong to scope `index`, outside user functions.
    package func sites(inScope index: Int) -> [ExpressionSite] {
        sites.filter { $0.scope == index && !$0.inUserFunction }
    }

    private struct Builder {
        var sites: [ExpressionSite] = []
        var scopes: [TemplateScope] = []

        mutating func addScope(_ template: JSONObject, at path: JSONPath) -> Int {
            let parameters = Set((template["parameters"]?.objectValue?.keys ?? []).map { $0.lowercased() })
            var variables = Set((template["variables"]?.objectValue?.keys ?? []).map { $0.lowercased() })
            variables.remove("copy")
            for loop in template["variables"]?["copy"]?.arrayValue ?? [] {
                if let name = loop["name"]?.stringValue { variables.insert(name.lowercased()) }
            }
            var functions: Set<String> = []
            for namespace in template["functions"]?.arrayValue ?? [] {
                guard let ns = namespace["namespace"]?.stringValue else { continue }
                for member in namespace["members"]?.objectValue?.keys ?? [] {
                    functions.insert("\(ns).\(member)".lowercased())
                }
            }
            scopes.append(TemplateScope(path: path, parameters: parameters, variables: variables,
                                        userFunctions: functions))
            return scopes.count - 1
        }

        mutating func walkTemplate(_ template: JSONObject, at path: JSONPath, scope: Int) {
            for (key, value) in template {
                let child = path.appending(key)
                switch key.lowercased() {
                case "metadata", "definitions", "$schema", "contentversion", "languageversion", "apiprofile":
                    continue
                case "parameters":
                    for (name, declaration) in value.objectValue ?? JSONObject() {
                        guard let object = declaration.objectValue else { continue }
                        for (member, v) in object where member.lowercased() != "metadata" {
                            walk(v, at: child.appending(name).appending(member), scope: scope, inFunction: false)
                        }
                    }
                case "functions":
                    walk(value, at: child, scope: scope, inFunction: true)
                default:
                    walk(value, at: child, scope: scope, inFunction: false)
                }
            }
        }

        /// Whether `value` is an expression or a container that may hold one: paths are built only
        /// for those (building one for every literal leaf was most of the index's cost).
        static func mayHoldExpressions(_ value: JSONValue) -> Bool {
            switch value {
            case .string(let text): TemplateString.isExpression(text)
            case .array, .object: true
            default: false
            }
        }

        mutating func walk(_ value: JSONValue, at path: JSONPath, scope: Int, inFunction: Bool) {
            switch value {
            case .string(let text):
                guard TemplateString.isExpression(text) else { return }
                let node: ExpressionNode?
                let error: ExpressionError?
                do {
                    if case .expression(let n) = try TemplateString.parse(text) { node = n } else { node = nil }
                    error = nil
                } catch let e {
                    node = nil
                    error = e
                }
                sites.append(ExpressionSite(path: path, text: text, node: node, error: error, scope: scope,
                                            inUserFunction: inFunction))
            case .array(let elements):
                for (i, e) in elements.enumerated() where Self.mayHoldExpressions(e) {
                    walk(e, at: path.appending(i), scope: scope, inFunction: inFunction)
                }
            case .object(let object):
                let nested = NestedDeployment(object)
                for (key, member) in object where Self.mayHoldExpressions(member) {
                    let child = path.appending(key)
                    if let nested, key.lowercased() == "properties", let properties = member.objectValue {
                        for (pk, pv) in properties {
                            let p = child.appending(pk)
                            if pk.lowercased() == "template", let template = pv.objectValue {
                                let inner = nested.innerScope ? addScope(template, at: p) : scope
                                walkTemplate(template, at: p, scope: inner)
                            } else {
                                walk(pv, at: p, scope: scope, inFunction: inFunction)
                            }
                        }
                    } else {
                        walk(member, at: child, scope: scope, inFunction: inFunction)
                    }
                }
            default:
                return
            }
        }
    }
}

/// A `Microsoft.Resources/deployments` resource object with an inline template.
struct NestedDeployment {
    /// Whether the inline template is evaluated in its own (inner) scope.
    let innerScope: Bool

    init?(_ object: JSONObject) {
        guard let type = object["type"]?.stringValue,
              LintKnowledge.isDeploymentType(type),
              let properties = object["properties"]?.objectValue,
              properties["template"]?.objectValue != nil
        else { return nil }
        let scope = properties["expressionEvaluationOptions"]?["scope"]?.stringValue ?? "outer"
        innerScope = scope.lowercased() == "inner"
    }
}
