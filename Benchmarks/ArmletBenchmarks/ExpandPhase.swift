import ArmletJSON
import ArmletTemplate

/// "expand whole corpus": read, decode and expand every template, with values synthesised for
/// required parameters that have no default (the first allowed value, else a value of the type).
func expandPhases(corpus: Corpus) -> [Phase] {
    [
        Phase(name: "expand whole corpus", bytes: corpus.totalBytes, items: corpus.files.count) {
            var ok = 0
            for file in corpus.files where !file.name.hasSuffix(".parameters.json") {
                guard let document = try? JSONReader.read(file.bytes, file: file.name),
                      let template = TemplateDecoder.decode(document, sourceSize: file.bytes.count).template
                else { continue }
                let result = TemplateExpander.expand(template: template, document: document,
                                                     parameters: synthesizedParameters(for: template))
                if !result.hasErrors { ok += 1 }
            }
            return ok
        },
    ]
}

/// A plain value for each required parameter without a default.
private func synthesizedParameters(for template: Template) -> NamedList<SuppliedParameter> {
    var values: [SuppliedParameter] = []
    for p in template.parameters where p.isRequired {
        let value: JSONValue
        if let first = p.allowedValues?.first {
            value = first
        } else {
            switch p.type {
            case .int?: value = .int(max(p.minValue ?? 1, 1))
            case .bool?: value = false
            case .array?: value = []
            case .object?, .secureObject?: value = .object(JSONObject())
            default: value = .string(String(repeating: "a", count: Int(max(p.minLength ?? 6, 6))))
            }
        }
        values.append(SuppliedParameter(name: p.name, value: value))
    }
    return NamedList(values)
}
