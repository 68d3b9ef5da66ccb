import JMESPath

/// Checks a command line against an Azure CLI command's options as argparse does, so usage errors
/// come out in the CLI's order and words: a bad or missing value when it is met, then missing
/// required options, then the arguments nothing consumed.
struct AzureArgumentParser {
    /// The command, e.g. `disk create`.
    var command: String
    /// Its options, including the CLI's global ones.
    var arguments: [AzureArgument]

    /// Throws the CLI's usage error for `tokens` (what follows the command's name), if any.
    func check(_ tokens: [String]) throws(AzureUsageError) {
        let typed = AzureCommandExamples.optionNames(in: tokens)
        func failure(_ message: String, suggestion: String? = nil) -> AzureUsageError {
            AzureUsageError(message: message, suggestion: suggestion, command: command, userOptions: typed)
        }
        var seen = Set<Int>()
        var extras: [String] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard Self.isOption(token) else {
                extras.append(token)
                continue
            }
            var name = token
            var inline: String?
            if token.hasPrefix("--"), let equals = token.firstIndex(of: "=") {
                name = String(token[..<equals])
                inline = String(token[token.index(after: equals)...])
            }
            guard let position = arguments.firstIndex(where: { $0.names.contains(name) }) else {
                extras.append(token)
                continue
            }
            let argument = arguments[position]
            if argument.names.contains("--help") { return }
            seen.insert(position)
            var values: [String] = []
            if let inline {
                if argument.arity == .flag {
                    throw failure("argument \(argument.displayName): ignored explicit argument '\(inline)'")
                }
                values = [inline]
            } else {
                while index < tokens.count, !Self.isOption(tokens[index]) {
                    let single: Bool = [.one, .optional, .exactlyOne].contains(argument.arity)
                    if argument.arity == .flag || (single && !values.isEmpty) { break }
                    values.append(tokens[index])
                    index += 1
                }
                switch argument.arity {
                case .one where values.isEmpty:
                    throw failure("argument \(argument.displayName): expected one argument")
                case .exactlyOne where values.isEmpty:
                    throw failure("argument \(argument.displayName): expected 1 argument")
                case .oneOrMore where values.isEmpty:
                    throw failure("argument \(argument.displayName): expected at least one argument")
                default:
                    break
                }
            }
            for value in values {
                try checkValue(value, of: argument, failure: failure)
            }
        }
        let missing = arguments.enumerated().filter { $0.element.required && !seen.contains($0.offset) }
        if !missing.isEmpty {
            throw failure("the following arguments are required: " + missing.map(\.element.displayName).joined(separator: ", "))
        }
        if !extras.isEmpty {
            throw AzureUsageError(message: "unrecognized arguments: " + extras.joined(separator: " "))
        }
    }

    private func checkValue(_ value: String, of argument: AzureArgument,
                            failure: (String, String?) -> AzureUsageError) throws(AzureUsageError) {
        switch argument.kind {
        case .text:
            return
        case .integer:
            if Int(value) == nil {
                throw failure("argument \(argument.displayName): invalid int value: '\(value)'", nil)
            }
        case .choices(let choices):
            if !choices.contains(where: { $0.lowercased() == value.lowercased() }) {
                throw invalidChoice(value, choices, argument, failure)
            }
        case .jmespath:
            if (try? JMESPathExpression(value)) == nil {
                throw failure("argument \(argument.displayName): invalid jmespath_type value: '\(value)'", nil)
            }
        case .lowercasedChoices(let choices):
            let lowered = value.lowercased()
            if !choices.contains(lowered) { throw invalidChoice(lowered, choices, argument, failure) }
        }
    }

    /// knack's wording: `az disk create: 'Foo' is not a valid value for '--sku'. Allowed values: …`.
    private func invalidChoice(_ value: String, _ choices: [String], _ argument: AzureArgument,
                               _ failure: (String, String?) -> AzureUsageError) -> AzureUsageError {
        let parameter = argument.names.first ?? ""
        return failure("az \(command): '\(value)' is not a valid value for '\(parameter)'. Allowed values: "
            + choices.joined(separator: ", ") + ".", CloseMatches.of(value, in: choices).first)
    }

    /// Whether argparse takes `token` for an option rather than a value: it starts with `-`, is not
    /// a negative number (`-1`, `-.5`), and has no space.
    static func isOption(_ token: String) -> Bool {
        guard token.hasPrefix("-"), token.count > 1, !token.contains(" ") else { return false }
        let body = token.dropFirst()
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let digits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        let negativeNumber = (parts.count == 1 && digits(body))
            || (parts.count == 2 && digits(parts[0]) && !parts[1].isEmpty && digits(parts[1]))
        return !negativeNumber
    }
}
