import Foundation

/// swift-argument-parser's usage messages reworded as the Azure CLI's argparse prints them
/// (`unrecognized arguments: --foo`, `the following arguments are required: --location/-l`,
/// `argument --output/-o: invalid choice: 'xml' (choose from …)`); other messages pass unchanged.
enum ArgumentErrorText {
    /// The Azure CLI's short flags, so an option is named `--long/-s` as argparse names it.
    static let shortNames: [String: String] = [
        "--resource-group": "-g", "--name": "-n", "--location": "-l", "--output": "-o",
        "--size-gb": "-z", "--yes": "-y", "--subscription": "-s", "--template-file": "-f",
        "--parameters": "-p",
    ]

    /// `message` in the Azure CLI's words.
    static func azure(_ message: String) -> String {
        let firstLine = message.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? message
        if let flag = capture(#"^(?:Unknown option|Unexpected argument) '([^']+)'"#, in: firstLine) {
            return "unrecognized arguments: \(flag)"
        }
        if let flag = capture(#"^Missing expected argument '([^ ']+)"#, in: firstLine) {
            return "the following arguments are required: \(display(flag))"
        }
        if let value = capture(#"^The value '([^']*)' is invalid for '"#, in: firstLine),
           let flag = capture(#"is invalid for '([^ ']+)"#, in: firstLine) {
            let choices = message.split(separator: "\n").compactMap { line -> String? in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix("- ") ? "'\(trimmed.dropFirst(2))'" : nil
            }
            if !choices.isEmpty {
                return "argument \(display(flag)): invalid choice: '\(value)' (choose from \(choices.sorted().joined(separator: ", ")))"
            }
            return "argument \(display(flag)): invalid value: '\(value)'"
        }
        return message
    }

    /// `--long/-s` for an option written either way.
    static func display(_ flag: String) -> String {
        if let short = shortNames[flag] { return "\(flag)/\(short)" }
        if let long = shortNames.first(where: { $0.value == flag })?.key { return "\(long)/\(flag)" }
        return flag
    }

    /// The first capture group of `pattern`'s first match in `text`.
    static func capture(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }
}
