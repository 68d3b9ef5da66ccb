import ArgumentParser
import ArmletJSON
import Foundation

/// Runs `armlet` with the Azure CLI's error conventions: `ERROR: ...` on standard error, exit
/// code 2 for bad arguments, 1 for everything else that failed; never a Swift error dump.
package enum CommandRunner {
    /// Parses `arguments` (without the program name), runs the command and returns the exit code.
    package static func run(_ arguments: [String]) -> Int32 {
        do {
            try AzureUsage.check(arguments)
            var command = try ArmletCommand.parseAsRoot(AzureUsage.normalized(arguments))
            try command.run()
            return 0
        } catch let error as AzureUsageError {
            printError("ERROR: " + error.text)
            return 2
        } catch let error as AzureCLIFailure {
            printError("ERROR: " + error.text)
            return error.exitCode
        } catch let error as DiagnosticList {
            for diagnostic in error.diagnostics { printError(render(diagnostic)) }
            return 1
        } catch let error as any ArmletError {
            printError(render(error))
            return 1
        } catch {
            let code = ArmletCommand.exitCode(for: error)
            if code == .success {
                Console.line(ArmletCommand.fullMessage(for: error))
                return 0
            }
            let message = ArmletCommand.message(for: error)
            if error is ExitCode { return code.rawValue }
            if code == .validationFailure, let azure = AzureUsage.command(in: arguments) {
                return report(AzureUsage.failure(ArgumentErrorText.azure(message), command: azure.command, rest: azure.rest))
            }
            printError("ERROR: " + (code == .validationFailure ? ArgumentErrorText.azure(message) : message))
            // ArgumentParser signals usage problems with EX_USAGE; the Azure CLI uses 2.
            return code == .validationFailure ? 2 : code.rawValue
        }
    }

    /// Prints a failure `AzureUsage.failure` chose: a usage error exits with 2, the rest as they say.
    private static func report(_ failure: any Error) -> Int32 {
        if let usage = failure as? AzureUsageError {
            printError("ERROR: " + usage.text)
            return 2
        }
        let plain = failure as? AzureCLIFailure ?? AzureCLIFailure(text: "\(failure)", exitCode: 1)
        printError("ERROR: " + plain.text)
        return plain.exitCode
    }

    /// `ERROR: (Code) message`, with the location first when there is one.
    static func render(_ error: any ArmletError) -> String {
        let location = error.location.map { "\($0): " } ?? ""
        return "ERROR: \(location)(\(error.code)) \(error.message)"
    }

    static func printError(_ text: String) {
        Console.errorLine(text)
    }

    /// Runs `arguments` with output captured; for tests.
    package static func capture(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
        let capture = CapturedConsole()
        let status = Console.$current.withValue(capture.console) { run(arguments) }
        return (status, capture.stdout, capture.stderr)
    }
}
