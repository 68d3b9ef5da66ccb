import ArmletJSON

/// The Azure CLI's `-o yaml`: what `yaml.safe_dump(result, default_flow_style=False, allow_unicode=True)`
/// prints (knack's `format_yaml`, PyYAML 6).
///
/// Keys are sorted by code point; strings are written plain when PyYAML would, otherwise in single
/// quotes, otherwise double-quoted with escapes; long lines fold at spaces past column 80; a plain
/// top-level scalar is followed by the `...` document end marker.
enum PythonYAML {
    /// The YAML text for `value`, ending with a newline.
    static func dump(_ value: JSONValue) -> String {
        PythonYAMLEmitter.document(value.sortedByKey())
    }
}

/// A scalar as PyYAML's safe representer hands it to the emitter: its text, and whether that text
/// written plain would read back with the scalar's own type.
struct PythonYAMLScalar {
    let text: [Unicode.Scalar]
    /// PyYAML's `implicit[0]`: plain style keeps the value's type (always so for non-strings).
    let plainKeepsType: Bool
    let analysis: PythonYAMLScalarAnalysis

    /// A string scalar.
    init(text: String) {
        let scalars = Array(text.unicodeScalars)
        self.init(scalars, plainKeepsType: PythonYAMLResolver.isImplicitString(scalars))
    }

    /// Any scalar: `null`, `true`/`false`, decimal integers, floats as `represent_float` spells them.
    init(_ value: JSONValue) {
        let spelled: String
        switch value {
        case .string(let s):
            self.init(text: s)
            return
        case .null: spelled = "null"
        case .bool(let b): spelled = b ? "true" : "false"
        case .int(let i): spelled = String(i)
        case .double(let d): spelled = Self.float(d)
        case .array, .object: spelled = JSONWriter.write(value, style: .compact)
        }
        self.init(Array(spelled.unicodeScalars), plainKeepsType: true)
    }

    private init(_ text: [Unicode.Scalar], plainKeepsType: Bool) {
        self.text = text
        self.plainKeepsType = plainKeepsType
        analysis = PythonYAMLScalarAnalysis(text)
    }

    /// `SafeRepresenter.represent_float`: `.nan`, `.inf`, `-.inf`, else `repr` lower-cased, with `.0`
    /// put before an exponent that has no fraction (`1e+17` → `1.0e+17`).
    static func float(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d > 0 ? ".inf" : "-.inf" }
        let repr = PythonText.pythonFloat(d).lowercased()
        guard !repr.contains("."), let e = repr.firstIndex(of: "e") else { return repr }
        return repr[..<e] + ".0" + repr[e...]
    }
}
