/// Renames duplicate keys in YAML text so Yams will parse it, and undoes the renaming afterwards.
///
/// Yams rejects exact duplicate keys itself, naming only the first occurrence. ARM users need the
/// second one, so the reader marks the first occurrence with a private-use character (a different
/// one each time, so renamed keys stay distinct), parses
/// again, and lets ``YAMLNodeConverter`` find the duplicate with its usual (case-insensitive)
/// check. Positions and keys read from the edited text are mapped back through this value.
struct YAMLKeyEdits: Sendable {
    /// The first character put in front of a renamed key (private use, printable in YAML).
    static let firstMarker: UInt32 = 0xE000
    /// How many keys can be renamed, each with its own marker.
    static let capacity = 256
    /// Where each marker sits in the edited text.
    private(set) var insertions: [YAMLPosition] = []

    /// Whether no key was renamed.
    var isEmpty: Bool { insertions.isEmpty }

    /// Puts the marker in front of the key whose token starts at `position` (after its opening
    /// quote); `false` when the key is written in a way this does not handle (anchor, tag, `?`).
    mutating func renameKey(at position: YAMLPosition, in text: inout String) -> Bool {
        var scalars = Array(text.unicodeScalars)
        guard let start = Self.offset(of: position, in: scalars) else { return false }
        var at = start
        var column = position.column
        switch scalars[start] {
        case "\"", "'":
            at += 1
            column += 1
        case "&", "!", "*", "?", "|", ">", "[", "{", "-", "#", "\n", "\r":
            return false
        default:
            break
        }
        guard insertions.count < Self.capacity,
              let marker = Unicode.Scalar(Self.firstMarker + UInt32(insertions.count)) else { return false }
        scalars.insert(marker, at: at)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        text = String(view)
        // Keep every recorded insertion in the coordinates of the text as it now is.
        for i in insertions.indices where insertions[i].line == position.line && insertions[i].column >= column {
            insertions[i].column += 1
        }
        insertions.append(YAMLPosition(line: position.line, column: column))
        return true
    }

    /// The position in the text as written for a position in the edited text.
    func original(_ position: YAMLPosition) -> YAMLPosition {
        guard !insertions.isEmpty else { return position }
        let before = insertions.count { $0.line == position.line && $0.column < position.column }
        return YAMLPosition(line: position.line, column: position.column - before)
    }

    /// The key as written, for `key` read at `position` in the edited text.
    func originalKey(_ key: String, at position: YAMLPosition) -> String {
        guard !insertions.isEmpty, let first = key.unicodeScalars.first,
              (Self.firstMarker..<Self.firstMarker + UInt32(insertions.count)).contains(first.value) else { return key }
        let renamed = insertions.contains {
            $0.line == position.line && ($0.column == position.column || $0.column == position.column + 1)
        }
        return renamed ? String(key.unicodeScalars.dropFirst()) : key
    }

    private static func offset(of position: YAMLPosition, in scalars: [Unicode.Scalar]) -> Int? {
        var line = 1
        var i = 0
        while line < position.line {
            guard let newline = scalars[i...].firstIndex(of: "\n") else { return nil }
            i = newline + 1
            line += 1
        }
        let target = i + position.column - 1
        return target < scalars.count ? target : nil
    }
}
