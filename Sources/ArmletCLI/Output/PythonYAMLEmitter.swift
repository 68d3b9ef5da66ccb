import ArmletJSON

/// The text PyYAML's emitter writes, tracked the way it tracks it: the column, whether the last
/// character written was whitespace or indentation, and the stack of indents.
///
/// Only what `yaml.safe_dump(v, default_flow_style=False, allow_unicode=True)` needs is here: block
/// mappings and sequences, `[]`/`{}` for empty ones, and plain, single- or double-quoted scalars.
struct PythonYAMLEmitter {
    /// PyYAML's `best_width`: plain and quoted scalars fold at a space once past this column.
    static let bestWidth = 80
    /// PyYAML's `best_indent`.
    static let bestIndent = 2

    /// The text written so far.
    var output = String.UnicodeScalarView()
    var column = 0
    /// Whether the last thing written was whitespace (a line break, indentation, or an indicator that counts as one).
    var whitespace = true
    /// Whether the current line so far holds only indentation and `-`, `?`, `:` indicators.
    var indention = true
    /// Whether the document ended on a plain top-level scalar and so needs a `...` end marker.
    var openEnded = false
    var indent: Int?
    private var indents: [Int?] = []

    /// The whole document for `value`, whose objects are already sorted by key.
    static func document(_ value: JSONValue) -> String {
        var emitter = PythonYAMLEmitter()
        emitter.node(value, root: true)
        emitter.writeIndent()
        if emitter.openEnded {
            emitter.writeIndicator("...", needWhitespace: true)
            emitter.writeIndent()
        }
        return String(emitter.output)
    }

    // MARK: Nodes

    private mutating func node(_ value: JSONValue, root: Bool = false, mapping: Bool = false, simpleKey: Bool = false) {
        switch value {
        case .array(let items) where items.isEmpty:
            writeIndicator("[", needWhitespace: true, whitespace: true)
            writeIndicator("]", needWhitespace: false)
        case .object(let object) where object.isEmpty:
            writeIndicator("{", needWhitespace: true, whitespace: true)
            writeIndicator("}", needWhitespace: false)
        case .array(let items):
            sequence(items, indentless: mapping && !indention)
        case .object(let object):
            self.mapping(zip(object.keys, object.values))
        default:
            scalar(PythonYAMLScalar(value), root: root, simpleKey: simpleKey)
        }
    }

    private mutating func sequence(_ items: [JSONValue], indentless: Bool) {
        increaseIndent(flow: false, indentless: indentless)
        for item in items {
            writeIndent()
            writeIndicator("-", needWhitespace: true, indention: true)
            node(item)
        }
        indent = indents.popLast() ?? nil
    }

    private mutating func mapping(_ members: Zip2Sequence<[String], [JSONValue]>) {
        increaseIndent(flow: false)
        for (key, value) in members {
            writeIndent()
            let keyScalar = PythonYAMLScalar(text: key)
            // `check_simple_key`: under 128 characters counting the `!!str` tag PyYAML prepares (never writes).
            if keyScalar.text.count + 5 < 128 && !keyScalar.analysis.empty && !keyScalar.analysis.multiline {
                scalar(keyScalar, simpleKey: true)
                writeIndicator(":", needWhitespace: false)
            } else {
                writeIndicator("?", needWhitespace: true, indention: true)
                scalar(keyScalar)
                writeIndent()
                writeIndicator(":", needWhitespace: true, indention: true)
            }
            node(value, mapping: true)
        }
        indent = indents.popLast() ?? nil
    }

    private mutating func scalar(_ scalar: PythonYAMLScalar, root: Bool = false, simpleKey: Bool = false) {
        increaseIndent(flow: true)
        let analysis = scalar.analysis
        let split = !simpleKey
        if scalar.plainKeepsType, !(simpleKey && (analysis.empty || analysis.multiline)), analysis.allowBlockPlain {
            if root { openEnded = true }
            writePlain(scalar.text, split: split)
        } else if analysis.allowSingleQuoted, !(simpleKey && analysis.multiline) {
            writeSingleQuoted(scalar.text, split: split)
        } else {
            writeDoubleQuoted(scalar.text, split: split)
        }
        indent = indents.popLast() ?? nil
    }

    private mutating func increaseIndent(flow: Bool, indentless: Bool = false) {
        indents.append(indent)
        if let current = indent {
            if !indentless { indent = current + Self.bestIndent }
        } else {
            indent = flow ? Self.bestIndent : 0
        }
    }

    // MARK: Writing

    /// Writes `text` as it is, moving the column on.
    mutating func write(_ text: ArraySlice<Unicode.Scalar>) {
        output.append(contentsOf: text)
        column += text.count
    }

    /// Writes an indicator (`-`, `:`, `'`, `[`…), after a space unless `needWhitespace` is false or one precedes it.
    mutating func writeIndicator(_ indicator: String, needWhitespace: Bool, whitespace: Bool = false,
                                 indention: Bool = false) {
        if !self.whitespace && needWhitespace {
            output.append(" ")
            column += 1
        }
        output.append(contentsOf: indicator.unicodeScalars)
        column += indicator.unicodeScalars.count
        self.whitespace = whitespace
        self.indention = self.indention && indention
        openEnded = false
    }

    /// Starts a new line when needed, then pads to the current indent.
    mutating func writeIndent() {
        let target = indent ?? 0
        if !indention || column > target || (column == target && !whitespace) {
            writeLineBreak()
        }
        if column < target {
            whitespace = true
            output.append(contentsOf: repeatElement(" " as Unicode.Scalar, count: target - column))
            column = target
        }
    }

    /// Writes a line break: `\n`, or the NEL, LS or PS the text itself held.
    mutating func writeLineBreak(_ lineBreak: Unicode.Scalar = "\n") {
        output.append(lineBreak)
        whitespace = true
        indention = true
        column = 0
    }
}
