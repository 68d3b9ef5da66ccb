import ArgumentParser

/// The Azure CLI's global output flags, shared by every command that prints a result.
///
/// `--output` accepts the CLI's formats; commands that cannot yet honour one say so clearly.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: "Output format: json, jsonc, table, tsv, yaml, yamlc, none.")
    var output: OutputFormat = .json

    @Option(name: .long, help: "JMESPath query string. See http://jmespath.org/ for more information and examples.")
    var query: String?

    func validate() throws {
        if query != nil {
            throw ValidationError("--query is not supported by this command yet.")
        }
    }
}

/// The output formats of the Azure CLI.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonc, table, tsv, yaml, yamlc, none
}
