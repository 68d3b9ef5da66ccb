public import ArgumentParser
import ArmletJSON
import Foundation

/// `armlet template convert FILE --to yaml|json`: the same template in the other text form.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a template or parameters file between JSON and YAML, losslessly.",
        discussion: """
        The value is kept exactly: key order, integers versus decimals, and strings that look like \
        other things ("yes", "1.0", "[concat(...)]") all survive a round trip. Comments in JSON are not \
        carried over.

        Examples:
          armlet template convert Templates/incremental-snapshot.json --to yaml
          armlet template convert snapshot.yaml --to json --out-file snapshot.json
        """
    )

    @Argument(help: "The template or parameters file (.json, .jsonc, .yaml or .yml).")
    var file: String

    @Option(help: "The form to write: json or yaml.")
    var to: DocumentFormat

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var outFile: String?

    func run() throws {
        let document = try DocumentReader.read(path: file)
        let text: String
        switch to {
        case .json: text = JSONWriter.write(document.value) + "\n"
        case .yaml: text = YAMLWriter.write(document.value)
        }
        if let outFile {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: outFile))
            } catch {
                throw CLIError(code: "FileWriteFailed", message: "Could not write '\(outFile)': \(error.localizedDescription)")
            }
        } else {
            Console.current.out(text)
        }
    }
}

extension DocumentFormat: ExpressibleByArgument {}
