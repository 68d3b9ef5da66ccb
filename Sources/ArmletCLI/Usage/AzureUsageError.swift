/// A usage error as the Azure CLI's parser reports it (`AzCliCommandParser.error` and
/// `_check_value`): the message, an optional `Did you mean` line, up to three of the command's help
/// examples, then the reference-docs link; exit code 2.
struct AzureUsageError: Error, Equatable {
    /// The line after `ERROR: `.
    var message: String
    /// The closest valid value or subcommand, printed as `Did you mean '…' ?`.
    var suggestion: String?
    /// The Azure CLI command (`disk create`) whose help examples follow; nil for none.
    var command: String?
    /// The option names the user typed, which order the examples.
    var userOptions: [String] = []

    /// The link the Azure CLI prints after every parser error.
    static let referenceLink = "https://aka.ms/cli_ref"

    /// What the CLI prints instead of examples after an error about `--query`.
    static let queryReference =
        "To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'"

    /// Everything after `ERROR: `, without the final newline.
    var text: String {
        var lines = [message]
        if message.contains("--query") {
            return [message, Self.queryReference].joined(separator: "\n")
        }
        if let suggestion { lines.append("Did you mean '\(suggestion)' ?") }
        lines.append("")
        let examples = command.map { AzureCommandExamples.recommended(for: $0, userOptions: userOptions) } ?? []
        if !examples.isEmpty {
            lines.append("Examples from command's help:")
            for example in examples {
                lines += [example.command, example.summary, ""]
            }
        }
        lines += [Self.referenceLink, "Read more about the command in reference docs"]
        return lines.joined(separator: "\n")
    }
}

extension AzureCommandExamples {
    /// The examples the Azure CLI shows after a usage error of `command`: those sharing more options
    /// with what the user typed first, then those with fewer options; at most three
    /// (`CommandRecommender.provide_recommendations`).
    static func recommended(for command: String, userOptions: [String]) -> [Example] {
        let typed = Set(userOptions.map { standardName($0, in: command) })
        let ranked = examples(of: command).enumerated().map { index, example in
            (index, example, example.options.filter(typed.contains).count)
        }
        let sorted = ranked.sorted { lhs, rhs in
            if lhs.2 != rhs.2 { return lhs.2 > rhs.2 }
            if lhs.1.options.count != rhs.1.options.count { return lhs.1.options.count < rhs.1.options.count }
            return lhs.0 < rhs.0
        }
        return sorted.prefix(3).map(\.1)
    }

    /// The option names in `arguments` as the CLI extracts them: `--name` of `--name=value`, the
    /// first two characters of a short option; values and `---…` are not options.
    static func optionNames(in arguments: [String]) -> [String] {
        arguments.compactMap { argument in
            guard argument.hasPrefix("-"), !argument.hasPrefix("---"), argument.count > 1 else { return nil }
            if argument.hasPrefix("--") { return String(argument.split(separator: "=", maxSplits: 1)[0]) }
            return String(argument.prefix(2))
        }
    }
}
