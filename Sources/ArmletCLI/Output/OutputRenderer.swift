import ArmletJSON
import Foundation
import JMESPath

/// Turns a command's result into the text the Azure CLI would print for `-o FORMAT --query Q`.
///
/// The query runs first, on the result as JSON; the format then shapes what the query returned.
struct OutputRenderer {
    var format: OutputFormat
    var query: JMESPathExpression?
    /// Whether colours may be used (a terminal, and `NO_COLOR` unset); `jsonc`/`yamlc` fall back otherwise.
    var colour: Bool = false
    /// The command's table transformer, used by `-o table` when no query is given.
    var tableTransformer: TableTransformer?

    /// The text for `result`, ending with a newline (empty for `-o none`).
    func render(_ result: JSONValue) throws -> String {
        let shaped = try query.map { q throws(JMESPathError) in try q.search(result) } ?? result
        switch format {
        case .json, .jsonc:
            return JSONWriter.write(shaped.sortedByKey()) + "\n"
        case .yaml, .yamlc:
            return PythonYAML.dump(shaped)
        case .table:
            if query == nil, let tableTransformer {
                return TableFormatter.format(try tableTransformer.apply(shaped), sortColumns: false)
            }
            return TableFormatter.format(shaped, sortColumns: query == nil)
        case .tsv:
            return TSVFormatter.format(shaped, queryActive: query != nil)
        case .none:
            return ""
        }
    }
}
