import ArmletJSON
import Foundation
import ArmletTemplate

/// The parameters form generated from a template's declarations: a select for `allowedValues` and
/// booleans, a masked input for secure strings, a number input for integers, a text area (JSON) for
/// objects and arrays, a text input otherwise; literal defaults are filled in.
///
/// The values go to the engine as they were typed (an integer field that is not a number is sent as
/// a string), so the engine's own parameter checks report what is wrong, in ARM's words.
enum PortalParameterForm {
    /// The form field's name of parameter `name`.
    static func field(_ name: String) -> String { "param." + name }

    /// The fields of `template`'s parameters, with the values posted in `form` (else the defaults).
    static func fields(_ template: Template, form: PortalForm) -> [[String: Any]] {
        template.parameters.elements.enumerated().map { index, parameter in
            let type = parameter.type ?? .string
            let posted = form[field(parameter.name)]
            let literalDefault = parameter.defaultNeedsEvaluation ? nil : parameter.defaultValue.map(text)
            let value = posted ?? literalDefault ?? ""
            let choices = parameter.allowedValues?.map(text) ?? (type == .bool ? ["true", "false"] : nil)
            var options: [[String: Any]] = []
            if let choices {
                let blank = parameter.isRequired ? [] : [("", "(the template's default)")]
                options = (blank + choices.map { ($0, $0) }).map { choice in
                    ["value": choice.0, "label": choice.1, "selected": choice.0 == value]
                }
            }
            let isTextarea = choices == nil && [.object, .secureObject, .array].contains(type)
            return [
                "index": index, "name": parameter.name, "typeName": parameter.typeName ?? type.armName,
                "required": parameter.isRequired, "value": value,
                "description": PortalErrorView.orFalse(parameter.description),
                "isSelect": choices != nil, "options": options, "isTextarea": isTextarea,
                "isInput": choices == nil && !isTextarea,
                "inputType": type.isSecure ? "password" : type == .int ? "number" : "text",
                "placeholder": parameter.defaultNeedsEvaluation ? "default: " + (parameter.defaultValue.map(text) ?? "") : "",
            ]
        }
    }

    /// The values `form` supplies for `template`'s parameters; blank fields are left to the defaults.
    static func supplied(_ template: Template, form: PortalForm) -> NamedList<SuppliedParameter> {
        let values = template.parameters.elements.compactMap { parameter -> SuppliedParameter? in
            guard let raw = form[field(parameter.name)], !raw.isEmpty else { return nil }
            return SuppliedParameter(name: parameter.name, value: value(raw, type: parameter.type ?? .string))
        }
        return NamedList(values)
    }

    /// The typed value of `raw` for `type`, or the text itself when it does not read as that type.
    static func value(_ raw: String, type: TemplateType) -> JSONValue {
        switch type {
        case .string, .secureString: return .string(raw)
        case .int: return Int64(raw.trimmingCharacters(in: .whitespaces)).map(JSONValue.int) ?? .string(raw)
        case .bool:
            switch raw.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return .string(raw)
            }
        case .object, .secureObject, .array:
            return (try? JSONReader.value(raw)) ?? .string(raw)
        }
    }

    /// A value as a field shows it: strings as they are, anything else as compact JSON.
    static func text(_ value: JSONValue) -> String {
        value.stringValue ?? JSONWriter.write(value, style: .compact)
    }
}
