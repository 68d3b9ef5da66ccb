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
            let scope = builder.addScope(object)
            builder.walkTemplate(object, scope: scope)
        }
        sites = builder.sites
        scopes = builder.scopes
    }

    /// The sites that belong to scope `index`, outside user functions.
    package func sites(inScope index: Int) -> [ExpressionSite] {
        sites.filter { $0.scope == index && !$0.inUserFunction }
    }

    /// Walks the document with one path that grows and shrinks as it goes: a path value is made
    /// only for what is kept (a site, a scope), not for every container passed through.
    private struct Builder {
        var sites: [ExpressionSite] = []
        var scopes: [TemplateScope] = []
        var path: [JSONPath.Component] = []

        mutating func addScope(_ template: JSONObject) -> Int {
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
            scopes.append(TemplateScope(path: JSONPath(path), parameters: parameters, variables: variables,
                                        userFunctions: functions))
            return scopes.count - 1
        }

        mutating func walkTemplate(_ template: JSONObject, scope: Int) {
            for (key, value) in template {
                let section = Section(key)
                if section == .skipped { continue }
                path.append(.key(key))
                defer { path.removeLast() }
                switch section {
                case .parameters:
                    for (name, declaration) in value.objectValue ?? JSONObject() {
                        guard let object = declaration.objectValue else { continue }
                        path.append(.key(name))
                        for (member, v) in object where Self.mayHoldExpressions(v) && !Self.isMetadata(member) {
                            path.append(.key(member))
                            walk(v, scope: scope, inFunction: false)
                            path.removeLast()
                        }
                        path.removeLast()
                    }
                case .functions:
                    walk(value, scope: scope, inFunction: true)
                default:
                    walk(value, scope: scope, inFunction: false)
                }
            }
        }

        /// How a top-level member of a template is walked.
        enum Section {
            case skipped, parameters, functions, other

            init(_ key: String) {
                // Compared without lower-cased copies: this runs for every member of every template.
                switch key.utf8.count {
                case 7 where JSONObject.equalIgnoringCase(key, "$schema"): self = .skipped
                case 8 where JSONObject.equalIgnoringCase(key, "metadata"): self = .skipped
                case 9 where JSONObject.equalIgnoringCase(key, "functions"): self = .functions
                case 10 where JSONObject.equalIgnoringCase(key, "parameters"): self = .parameters
                case 10 where JSONObject.equalIgnoringCase(key, "apiprofile"): self = .skipped
                case 11 where JSONObject.equalIgnoringCase(key, "definitions"): self = .skipped
                case 14 where JSONObject.equalIgnoringCase(key, "contentversion"): self = .skipped
                case 15 where JSONObject.equalIgnoringCase(key, "languageversion"): self = .skipped
                default: self = .other
                }
            }
        }

        static func isMetadata(_ key: String) -> Bool {
            key.utf8.count == 8 && JSONObject.equalIgnoringCase(key, "metadata")
        }

        /// Whether `value` is an expression or a container that may hold one: the walk goes down
        /// only into those.
        static func mayHoldExpressions(_ value: JSONValue) -> Bool {
            switch value {
            case .string(let text): TemplateString.isExpression(text)
            case .array, .object: true
            default: false
            }
        }

        mutating func walk(_ value: JSONValue, scope: Int, inFunction: Bool) {
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
                sites.append(ExpressionSite(path: JSONPath(path), text: text, node: node, error: error, scope: scope,
                                            inUserFunction: inFunction))
            case .array(let elements):
                for (i, e) in elements.enumerated() where Self.mayHoldExpressions(e) {
                    path.append(.index(i))
                    walk(e, scope: scope, inFunction: inFunction)
                    path.removeLast()
                }
            case .object(let object):
                let nested = NestedDeployment(object)
                // By index: the object's (key, value) sequence goes through a lazy zip per member.
                let keys = object.keys
                let values = object.values
                for index in values.indices where Self.mayHoldExpressions(values[index]) {
                    let key = keys[index]
                    let member = values[index]
                    path.append(.key(key))
                    if let nested, key.utf8.count == 10, JSONObject.equalIgnoringCase(key, "properties"),
                       let properties = member.objectValue {
                        for (pk, pv) in properties where Self.mayHoldExpressions(pv) {
                            path.append(.key(pk))
                            if pk.utf8.count == 8, JSONObject.equalIgnoringCase(pk, "template"), let template = pv.objectValue {
                                let inner = nested.innerScope ? addScope(template) : scope
                                walkTemplate(template, scope: inner)
                            } else {
                                walk(pv, scope: scope, inFunction: inFunction)
                            }
                            path.removeLast()
                        }
                    } else {
                        walk(member, scope: scope, inFunction: inFunction)
                    }
                    path.removeLast()
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
