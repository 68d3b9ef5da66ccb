import ArmletJSON
import ArmletTemplate

/// The values of repeated `--parameters` options, interpreted as `az deployment group create` does.
///
/// Each option holds one or more items; each item is, in the order `az` tries them:
/// 1. `@path`: replaced by the file's content first (also `name=@path`: the value becomes the
///    content, trailing newlines removed). A file that cannot be read leaves the item as written.
/// 2. a path to an existing, non-empty file: a parameters file (wrapped or bare);
/// 3. inline JSON that is an object: a parameters object (wrapped or bare);
/// 4. a URI (`://`): refused, Armlet works offline;
/// 5. `name=value`: converted by the parameter's declared type (following `$ref`): `object`,
///    `array`, `secureObject` parse JSON; `string`, `securestring` keep the text; `bool` is true
///    exactly when the text is `true` ignoring case; `int` parses an integer. Other types keep the
///    text, with a warning.
///
/// Later items win over earlier ones, name by name. Unlike `az`, names are matched ignoring case
/// (as ARM does). Problems with the arguments themselves have code `InvalidArgumentValue`
/// (the Azure CLI's error class); problems inside files keep the file decoder's codes.
struct ParameterArguments: Sendable {
    /// The code for unusable arguments.
    static let invalidArgumentCode = "InvalidArgumentValue"

    /// One inner array per `--parameters` option, in command-line order.
    let options: [[String]]

    /// Arguments from the `--parameters` options, one inner array per option.
    init(_ options: [[String]]) { self.options = options }

    /// The merged values and every diagnostic. `readFile` returns a file's text, or `nil` when
    /// `path` is not a readable file (tests pass a dictionary lookup; the CLI reads the disk).
    func resolve(for template: Template, readFile: (String) -> String?)
        -> (parameters: NamedList<SuppliedParameter>, diagnostics: [Diagnostic])
    {
        var merged = MergedParameters()
        var diagnostics: [Diagnostic] = []
        for item in options.joined() {
            let (text, origin) = Self.expandFilePrefix(item, readFile: readFile)
            if let origin, let document = parse(text, file: origin, diagnostics: &diagnostics) {
                merge(document, into: &merged, diagnostics: &diagnostics)
            } else if origin != nil {
                continue
            } else if let content = readFile(text), !content.isEmpty {
                if let document = parse(content, file: text, diagnostics: &diagnostics) {
                    merge(document, into: &merged, diagnostics: &diagnostics)
                }
            } else if let document = try? JSONReader.read(text, file: "<inline>"), document.value.objectValue != nil {
                merge(document, into: &merged, diagnostics: &diagnostics)
            } else if text.contains("://") {
                diagnostics.append(Self.problem("Parameters from a URI are not supported by Armlet, which works "
                                                + "offline: \(text)"))
            } else if text == "{}" && merged.isEmpty {
                continue
            } else if let eq = text.firstIndex(of: "=") {
                let name = String(text[..<eq])
                let raw = String(text[text.index(after: eq)...])
                if let value = convert(name: name, raw: raw, template: template, diagnostics: &diagnostics) {
                    merged.set(SuppliedParameter(name: name, value: value))
                }
            } else if item.hasPrefix("@") {
                diagnostics.append(Self.problem("The parameters file '\(item.dropFirst())' could not be read."))
            } else {
                diagnostics.append(Self.problem("Unable to parse parameter: \(text)"))
            }
        }
        return (NamedList(merged.values), diagnostics)
    }

    /// `az`'s `@file` expansion: the whole item or the part after the first `=`. Returns the
    /// expanded text and, when the whole item was a file, its path (so diagnostics name the file).
    static func expandFilePrefix(_ item: String, readFile: (String) -> String?) -> (String, String?) {
        func load(_ path: Substring) -> String? {
            guard !path.isEmpty, let content = readFile(String(path)) else { return nil }
            var trimmed = Substring(content)
            while trimmed.last == "\n" || trimmed.last == "\r\n" { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }
        if let eq = item.firstIndex(of: "=") {
            let value = item[item.index(after: eq)...]
            guard value.hasPrefix("@"), let content = load(value.dropFirst()) else { return (item, nil) }
            return (String(item[...eq]) + content, nil)
        }
        guard item.hasPrefix("@"), let content = load(item.dropFirst()) else { return (item, nil) }
        return (content, String(item.dropFirst()))
    }

    private func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> ParsedDocument? {
        do {
            return try DocumentReader.read(text, file: file)
        } catch {
            diagnostics.append(Diagnostic(code: error.code, message: error.message, location: error.location))
            return nil
        }
    }

    private func merge(_ document: ParsedDocument, into merged: inout MergedParameters,
                       diagnostics: inout [Diagnostic]) {
        let (file, found) = ParameterFileDecoder.decode(document)
        diagnostics += found
        for p in file?.parameters ?? NamedList() { merged.set(p) }
    }

    private func convert(name: String, raw: String, template: Template, diagnostics: inout [Diagnostic]) -> JSONValue? {
        guard let declaration = template.parameters[name] else {
            let allowed = template.parameters.names.sorted().joined(separator: ", ")
            diagnostics.append(Self.problem("unrecognized template parameter '\(name)'. Allowed parameters: \(allowed)"))
            return nil
        }
        let typeName = template.effectiveTypeName(of: declaration)
        switch typeName?.lowercased() {
        case "object", "array", "secureobject":
            do {
                return try JSONReader.value(raw, file: "<inline>")
            } catch {
                diagnostics.append(Self.problem("Failed to parse JSON for parameter '\(name)': \(error.message)"))
                return nil
            }
        case "string", "securestring":
            return .string(raw)
        case "bool":
            return .bool(raw.lowercased() == "true")
        case "int":
            // Python's int() accepts surrounding blanks and '_' between digits.
            let digits = String(raw.filter { $0 != "_" && !$0.isWhitespace })
            guard let n = Int64(digits) else {
                diagnostics.append(Self.problem("invalid literal for int() with base 10: '\(raw)'"))
                return nil
            }
            return .int(n)
        default:
            diagnostics.append(Diagnostic(
                code: Self.invalidArgumentCode,
                message: "Unrecognized type '\(typeName ?? "None")' for parameter '\(name)'. Interpreting as string.",
                severity: .warning))
            return .string(raw)
        }
    }

    static func problem(_ message: String) -> Diagnostic {
        Diagnostic(code: invalidArgumentCode, message: message)
    }
}

/// Values merged name by name: a later value replaces an earlier one in place.
private struct MergedParameters {
    private(set) var values: [SuppliedParameter] = []
    private var index: [String: Int] = [:]

    var isEmpty: Bool { values.isEmpty }

    mutating func set(_ p: SuppliedParameter) {
        if let i = index[p.name.lowercased()] {
            values[i] = p
        } else {
            index[p.name.lowercased()] = values.count
            values.append(p)
        }
    }
}
