import ArgumentParser
import Foundation

/// Usage errors of the commands Armlet shares with the Azure CLI, found before swift-argument-parser
/// sees the command line so they read exactly as `az` prints them (see `AzureArgumentParser`).
enum AzureUsage {
    /// The Azure CLI command `arguments` name (`disk create`) and the tokens after its name; nil when
    /// they do not name a command of the CLI Armlet implements.
    static func command(in arguments: [String]) -> (command: String, rest: [String])? {
        let (path, rest) = commandPath(arguments)
        let name = path.joined(separator: " ")
        return AzureArgumentTable.arguments(of: name) == nil ? nil : (name, rest)
    }

    /// Throws the Azure CLI's usage error for `arguments`, if `az` would print one: a misspelt
    /// subcommand of a group the CLI shares, or a bad command line for one of its commands.
    static func check(_ arguments: [String]) throws(AzureUsageError) {
        // swift-argument-parser's own request, which scripts/client-tests/az-usage-tables.py uses.
        if arguments.contains("--experimental-dump-help") { return }
        let (path, rest) = commandPath(arguments)
        let group = path.joined(separator: " ")
        if let unknown = rest.first, !unknown.hasPrefix("-"), unknown != "help",
           let choices = AzureArgumentTable.subcommands(of: group) {
            if choices.contains(unknown) {
                // A command of the CLI that Armlet lacks: the CLI would run it; say so plainly.
                let name = (path + [unknown]).joined(separator: " ")
                throw AzureUsageError(message: "'az \(name)' is an Azure CLI command Armlet does not implement.")
            }
            let suggestion = CloseMatches.of(unknown, in: choices).first
            throw AzureUsageError(message: "'\(unknown)' is misspelled or not recognized by the system.",
                                  suggestion: suggestion,
                                  command: suggestion.map { inferredCommand(path + [$0] + rest.dropFirst()) })
        }
        guard let options = AzureArgumentTable.arguments(of: group) else { return }
        try AzureArgumentParser(command: group, arguments: options).check(rest)
    }

    /// `arguments` with each bare boolean option whose value is optional in the CLI (`--incremental`,
    /// `--for-upload`; argparse's `nargs='?'` with `const=True`) given its implied `true`, so that
    /// swift-argument-parser, which has no optional values, reads the command line as the CLI does.
    static func normalized(_ arguments: [String]) -> [String] {
        let (path, rest) = commandPath(arguments)
        guard let options = AzureArgumentTable.arguments(of: path.joined(separator: " ")) else { return arguments }
        var result = path
        for (index, token) in rest.enumerated() {
            result.append(token)
            guard let option = options.first(where: { $0.names.contains(token) }), option.arity == .optional,
                  case .choices(let choices) = option.kind, Set(choices.map { $0.lowercased() }) == ["true", "false"]
            else { continue }
            let next = index + 1 < rest.count ? rest[index + 1] : nil
            if next.map(AzureArgumentParser.isOption) ?? true { result.append("true") }
        }
        return result
    }

    /// The command the CLI takes a corrected command line for, whose examples it shows: the words up
    /// to the first `-` (`_check_value`'s `command_name_inferred`).
    private static func inferredCommand(_ words: [String]) -> String {
        let joined = words.joined(separator: " ")
        let head = joined.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return head.trimmingCharacters(in: .whitespaces)
    }

    /// The leading subcommand names of `arguments` and what follows them.
    private static func commandPath(_ arguments: [String]) -> ([String], [String]) {
        var command: any ParsableCommand.Type = ArmletCommand.self
        var path: [String] = []
        for argument in arguments {
            guard let next = command.configuration.subcommands.first(where: {
                $0.configuration.commandName == argument || $0.configuration.aliases.contains(argument)
            }) else { break }
            path.append(argument)
            command = next
        }
        return (path, Array(arguments.dropFirst(path.count)))
    }
}

extension AzureUsage {
    /// How the Azure CLI reports `message`, a check Armlet makes after parsing (in `validate()`) for
    /// `command`: argparse's messages (`argument …`, `the following arguments are required: …`,
    /// `unrecognized arguments: …`) as a usage error; a validator's (`incorrect usage: …`,
    /// `InvalidArgumentValue: …`) as it is, with exit code 1.
    static func failure(_ message: String, command: String, rest: [String]) -> any Error {
        if let late = lateParsedInteger(message, command: command) { return late }
        if message.hasPrefix("unrecognized arguments:") {
            return AzureUsageError(message: message)
        }
        if message.hasPrefix("argument ") || message.hasPrefix("the following arguments are required:") {
            return AzureUsageError(message: message, command: command,
                                   userOptions: AzureCommandExamples.optionNames(in: rest))
        }
        return AzureCLIFailure(text: message, exitCode: 1)
    }

    /// An integer the CLI's parser takes as text and the aaz command parses afterwards
    /// (`--duration-in-seconds abc`): Python's `int()` complaint, exit code 1.
    private static func lateParsedInteger(_ message: String, command: String) -> AzureCLIFailure? {
        let marker = ": invalid value: '"
        guard message.hasPrefix("argument "), message.hasSuffix("'"),
              let range = message.range(of: marker) else { return nil }
        let flag = String(message[message.index(message.startIndex, offsetBy: "argument ".count)..<range.lowerBound])
        let value = String(message[range.upperBound...].dropLast())
        guard let argument = AzureArgumentTable.arguments(of: command)?.first(where: { $0.names.contains(flag) }),
              case .text = argument.kind else { return nil }
        return AzureCLIFailure(text: "Failed to parse '\(flag)' argument: invalid literal for int() with base 10: '\(value)'",
                               exitCode: 1)
    }
}
