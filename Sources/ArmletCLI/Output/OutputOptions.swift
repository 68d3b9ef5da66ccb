import ArgumentParser
import ArmletJSON
import JMESPath

/// The Azure CLI's global output flags, shared by every command that prints a result.
///
/// `--output` accepts the CLI's formats; commands that cannot yet honour one say so clearly.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: "Output format: json, jsonc, table, tsv, yaml, yamlc, none.")
    var output: OutputFormat = .json

    @Option(name: .long, help: "JMESPath query string. See http://jmespath.org/ for more information and examples.")
    var query: String?

    func validate() throws {
        if let query {
            do {
                _ = try JMESPathExpression(query)
            } catch {
                throw ValidationError("argument --query: invalid jmespath_type value: '\(query)'\n\(error.description)")
            }
        }
    }

    /// The renderer for these flags (the query was checked by `validate`).
    func renderer() throws -> OutputRenderer {
        OutputRenderer(format: output, query: try query.map { try JMESPathExpression($0) })
    }

    /// Prints `result` as these flags ask, after the CLI's global transform (``ResourceGroupTransform``);
    /// `-o table` without `--query` goes through `tableTransformer` when the command has one.
    func emit(_ result: JSONValue, tableTransformer: TableTransformer? = nil) throws {
        let text: String
        do {
            var renderer = try renderer()
            renderer.tableTransformer = tableTransformer
            text = try renderer.render(ResourceGroupTransform.apply(result))
        } catch let error as JMESPathError {
            throw CLIError(code: "InvalidArgumentValue", message: error.description)
        }
        if !text.isEmpty { Console.current.out(text) }
    }
}

/// The output formats of the Azure CLI.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonc, table, tsv, yaml, yamlc, none
}
