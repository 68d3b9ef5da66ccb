import ArmletJSON

/// The Azure CLI's `-o table`: each result becomes a row of its scalar members (skipping `id`,
/// `type` and `etag`), headers are the member names with a capital first letter, and the table is
/// laid out like Python's `tabulate` "simple" format the CLI uses.
///
/// Without `--query` the columns are sorted by name; with a query they keep the query's order.
enum TableFormatter {
    static let skippedKeys: Set<String> = ["id", "type", "etag"]

    /// The table text (ending in a newline) for `result`.
    static func format(_ result: JSONValue, sortColumns: Bool) -> String {
        let items = result.arrayValue ?? [result]
        let rows = items.map { row(for: $0, sortColumns: sortColumns) }
        guard !rows.isEmpty else { return "\n" }
        // Columns in order of first appearance across rows, as tabulate does with dict rows.
        var headers: [String] = []
        for row in rows {
            for (key, _) in row where !headers.contains(key) { headers.append(key) }
        }
        guard !headers.isEmpty else { return "\n" }
        let cells: [[String]] = rows.map { row in
            headers.map { header in row.first { $0.0 == header }.map { PythonText.str($0.1) } ?? "" }
        }
        // tabulate pads headers by two for the simple format, so dashes run past short names.
        let widths = headers.indices.map { column in
            max(PythonText.width(headers[column]) + 2, cells.map { PythonText.width($0[column]) }.max() ?? 0)
        }
        var lines: [String] = []
        lines.append(join(headers, widths))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in cells { lines.append(join(row, widths)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func join(_ cells: [String], _ widths: [Int]) -> String {
        var line = ""
        for (i, cell) in cells.enumerated() {
            if i > 0 { line += "  " }
            line += cell + String(repeating: " ", count: max(0, widths[i] - PythonText.width(cell)))
        }
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    /// The (header, value) pairs of one result.
    private static func row(for item: JSONValue, sortColumns: Bool) -> [(String, JSONValue)] {
        switch item {
        case .object(let object):
            var members = Array(zip(object.keys, object.values))
            if sortColumns {
                members.sort { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }
            }
            return members.compactMap { key, value in
                if skippedKeys.contains(key) { return nil }
                switch value {
                case .null, .array, .object: return nil
                default: return (capitalizeFirst(key), value)
                }
            }
        case .array(let elements):
            return elements.enumerated().map { ("Column\($0.offset + 1)", $0.element) }
        default:
            return [("Result", item)]
        }
    }

    private static func capitalizeFirst(_ key: String) -> String {
        guard let first = key.first else { return key }
        return first.uppercased() + key.dropFirst()
    }
}
