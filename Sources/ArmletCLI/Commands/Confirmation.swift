import Foundation

/// The Azure CLI's `Are you sure you want to perform this operation?` prompt of the delete commands.
enum Confirmation {
    /// Whether to go on: true with `--yes`; without a terminal on standard input, as Azure CLI 2.91
    /// does, a `WARNING: Unable to prompt …` then `ERROR: Operation cancelled.` (exit code 1);
    /// otherwise the answer to the prompt.
    static func confirmed(yes: Bool, global: GlobalOptions) throws -> Bool {
        if yes { return true }
        guard isatty(STDIN_FILENO) == 1 else {
            global.warn("Unable to prompt for confirmation as no tty available. Use --yes.")
            throw AzureCLIFailure(text: "Operation cancelled.", exitCode: 1)
        }
        Console.current.err("Are you sure you want to perform this operation? (y/n): ")
        guard let answer = readLine() else {
            throw AzureCLIFailure(text: "Operation cancelled.", exitCode: 1)
        }
        return answer.lowercased().hasPrefix("y")
    }
}
