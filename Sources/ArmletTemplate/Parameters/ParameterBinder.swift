public import ArmletJSON

/// A template parameter with the value it will have, or the reason it has none yet.
public struct BoundParameter: TemplateNamed {
    /// Where the value comes from.
    public enum Source: Sendable, Hashable {
        /// Supplied by the user (file, inline JSON or `name=value`).
        case supplied
        /// The declaration's literal default.
        case defaultValue
        /// The declaration's default is an expression; the expansion stage evaluates it.
        case defaultExpression
        /// Not supplied, no default, but nullable: the value is `null`.
        case null
    }

    /// The declared name.
    public let name: String
    /// The declaration.
    public let declaration: ParameterDeclaration
    /// The value; for `.defaultExpression` the unevaluated default.
    public let value: JSONValue
    /// Where the value comes from.
    public let source: Source
}

/// The parameters of one deployment: every declared parameter bound, and every problem found.
public struct ParameterBinding: Sendable {
    /// Bound parameters in declaration order (missing required ones are left out).
    public let parameters: NamedList<BoundParameter>
    /// Every problem; all have code `InvalidTemplate`, as ARM reports them.
    public let diagnostics: [Diagnostic]

    /// Names of parameters whose default is an expression the expansion stage must evaluate.
    public var pendingEvaluation: [String] {
        parameters.filter { $0.source == .defaultExpression }.map(\.name)
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Checks supplied values against a template's parameter declarations, as ARM does before deploying.
///
/// Checks: unknown names, missing required values, JSON type (`securestring` takes a string,
/// `secureObject` an object), allowed values (for arrays: every element), minimum/maximum value and
/// length. Literal defaults are checked too; expression defaults are left for expansion. Secure
/// values are never echoed in messages.
public enum ParameterBinder {
    /// Binds `supplied` to `template`'s declarations; `templateMap` gives declaration positions.
    public static func bind(_ supplied: NamedList<SuppliedParameter>, to template: Template,
                            templateMap: SourceMap? = nil) -> ParameterBinding {
        var diagnostics: [Diagnostic] = []
        var bound: [BoundParameter] = []

        let unknown = supplied.filter { !template.parameters.contains($0.name) }
        if !unknown.isEmpty {
            diagnostics.append(Diagnostic(
                code: TemplateMessage.invalidTemplate,
                message: ParameterMessage.unknown(unknown.map(\.name), declared: template.parameters.names),
                location: unknown.compactMap(\.location).first, target: "parameters"))
        }

        for declaration in template.parameters {
            let constraints = EffectiveConstraints(declaration, in: template)
            let declLocation = templateMap?.keyLocation(at: declaration.path)
            if let given = supplied[declaration.name], !given.value.isNull || constraints.nullable {
                diagnostics += check(given.value, declaration, constraints, declLocation: declLocation,
                                     at: given.location ?? declLocation)
                bound.append(BoundParameter(name: declaration.name, declaration: declaration, value: given.value,
                                            source: .supplied))
            } else if let defaultValue = declaration.defaultValue {
                if declaration.defaultNeedsEvaluation {
                    bound.append(BoundParameter(name: declaration.name, declaration: declaration, value: defaultValue,
                                                source: .defaultExpression))
                } else {
                    let at = templateMap?.location(at: declaration.path.appending("defaultValue")) ?? declLocation
                    if !(defaultValue.isNull && constraints.nullable) {
                        diagnostics += check(defaultValue, declaration, constraints, declLocation: declLocation, at: at)
                    }
                    bound.append(BoundParameter(name: declaration.name, declaration: declaration, value: defaultValue,
                                                source: .defaultValue))
                }
            } else if constraints.nullable {
                bound.append(BoundParameter(name: declaration.name, declaration: declaration, value: .null, source: .null))
            } else {
                diagnostics.append(Diagnostic(
                    code: TemplateMessage.invalidTemplate,
                    message: ParameterMessage.missing(declaration.name, declLocation),
                    location: declLocation, target: declaration.path.description))
            }
        }
        return ParameterBinding(parameters: NamedList(bound), diagnostics: diagnostics)
    }

    static func check(_ value: JSONValue, _ d: ParameterDeclaration, _ c: EffectiveConstraints,
                      declLocation: SourceLocation?, at location: SourceLocation?) -> [Diagnostic] {
        func problem(_ message: String) -> Diagnostic {
            Diagnostic(code: TemplateMessage.invalidTemplate, message: message, location: location,
                       target: d.path.description)
        }
        let secure = c.type?.isSecure ?? false
        func invalid(_ reason: String) -> Diagnostic {
            problem(ParameterMessage.invalid(d.name, value: secure ? nil : value, declLocation, reason: reason))
        }
        if value.isNull && c.nullable { return [] }
        if let type = c.type, !type.accepts(value) {
            return [problem(ParameterMessage.typeMismatch(d.name, expected: type.jsonTypeName, actual: value.typeName))]
        }
        var found: [Diagnostic] = []
        if let allowed = c.allowedValues {
            let elements = (c.type == .array ? value.arrayValue : nil) ?? [value]
            if !elements.allSatisfy({ allowed.contains($0) }) {
                let list = allowed.map(TemplateMessage.display).joined(separator: ",")
                found.append(invalid("The parameter value is not part of the allowed value(s): '\(list)'."))
            }
        }
        if let n = value.intValue {
            if let min = c.minValue, n < min {
                found.append(invalid("The parameter value is less than the minimum allowed value '\(min)'."))
            }
            if let max = c.maxValue, n > max {
                found.append(invalid("The parameter value is greater than the maximum allowed value '\(max)'."))
            }
        }
        let length: Int? = value.stringValue.map { $0.utf16.count } ?? value.arrayValue?.count
        if let length {
            if let min = c.minLength, length < min {
                found.append(invalid("The parameter value length '\(length)' is less than the minimum allowed "
                                     + "length '\(min)'."))
            }
            if let max = c.maxLength, length > max {
                found.append(invalid("The parameter value length '\(length)' is greater than the maximum allowed "
                                     + "length '\(max)'."))
            }
        }
        return found
    }
}
