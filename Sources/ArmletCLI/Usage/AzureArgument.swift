/// One option of an Azure CLI command as the CLI's argparse parser declares it.
struct AzureArgument: Sendable {
    /// How many values the option takes (argparse's `nargs`).
    enum Arity: Sendable {
        /// A switch (`nargs=0`).
        case flag
        /// One value (`nargs=None`).
        case one
        /// An optional value (`nargs='?'`).
        case optional
        /// A list of exactly one value (`nargs=1`).
        case exactlyOne
        /// Any number of values (`nargs='*'`).
        case zeroOrMore
        /// At least one value (`nargs='+'`).
        case oneOrMore
    }

    /// What a value must be.
    enum Kind: Sendable {
        /// Anything.
        case text
        /// A Python `int`.
        case integer
        /// One of these (compared case-insensitively, listed in the CLI's order).
        case choices([String])
        /// One of these after lower-casing (`--output`).
        case lowercasedChoices([String])
        /// A JMESPath expression (`--query`).
        case jmespath
    }

    /// The option strings in the parser's order (`--size-gb`, `-z`); argparse names the option by
    /// joining them with `/`.
    var names: [String]
    var arity: Arity
    var kind: Kind = .text
    var required = false

    /// `--size-gb/-z`, as argparse names the option in messages.
    var displayName: String { names.joined(separator: "/") }
}
