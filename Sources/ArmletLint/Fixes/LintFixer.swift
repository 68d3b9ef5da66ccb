import ArmletCatalog
import ArmletExpressions
package import ArmletJSON
import ArmletTemplate

/// One fix that was applied: where, by which rule, and the text before and after.
package struct AppliedFix: Sendable, Hashable {
    /// The finding's rule.
    package let ruleID: String
    /// Where the replaced value started.
    package let location: SourceLocation
    /// The value's text before.
    package let before: String
    /// The value's text after.
    package let after: String

    /// `file:line:col rule-id: before -> after`.
    package var line: String { "\(location) \(ruleID): \(before) -> \(after)" }
}

/// Applies safe fixes to JSON text in place: each fix replaces the text of one string value and
/// leaves every other byte of the file (comments, layout, key order) as it was.
package enum LintFixer {
    /// The text with the safe fixes of `findings` applied, and what was changed. Fixes are only applied
    /// to JSON (JSONC) text whose value at the fix location is a string; overlapping fixes keep the first.
    package static func apply(_ findings: [LintFinding], to text: String) -> (text: String, applied: [AppliedFix]) {
        var bytes = Array(text.utf8)
        let lineStarts = lineStartOffsets(bytes)
        var edits: [(start: Int, end: Int, replacement: [UInt8], finding: LintFinding)] = []
        for finding in findings {
            guard let fix = finding.fix, fix.isSafe else { continue }
            let loc = finding.location
            guard loc.line >= 1, loc.line <= lineStarts.count,
                  let start = offset(in: bytes, lineStart: lineStarts[loc.line - 1], column: loc.column),
                  start < bytes.count, bytes[start] == UInt8(ascii: "\""),
                  let end = stringEnd(in: bytes, from: start) else { continue }
            if edits.contains(where: { $0.start < end && start < $0.end }) { continue }
            let replacement = Array(JSONWriter.write(fix.replacement, style: .compact).utf8)
            edits.append((start, end, replacement, finding))
        }
        var applied: [AppliedFix] = []
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            let before = String(decoding: bytes[edit.start..<edit.end], as: UTF8.self)
            bytes.replaceSubrange(edit.start..<edit.end, with: edit.replacement)
            applied.append(AppliedFix(ruleID: edit.finding.ruleID, location: edit.finding.location, before: before,
                                      after: String(decoding: edit.replacement, as: UTF8.self)))
        }
        applied.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        return (String(decoding: bytes, as: UTF8.self), applied)
    }

    private static func lineStartOffsets(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        return starts
    }

    /// The byte offset of 1-based `column` (counted in Unicode scalars, as the reader counts) on a line.
    private static func offset(in bytes: [UInt8], lineStart: Int, column: Int) -> Int? {
        var i = lineStart
        var remaining = column - 1
        while remaining > 0 {
            guard i < bytes.count, bytes[i] != UInt8(ascii: "\n") else { return nil }
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            remaining -= 1
        }
        return i
    }

    /// The offset just after the closing quote of the string starting at `start`.
    private static func stringEnd(in bytes: [UInt8], from start: Int) -> Int? {
        var i = start + 1
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i + 1
            case UInt8(ascii: "\n"): return nil
            default: i += 1
            }
        }
        return nil
    }
}
