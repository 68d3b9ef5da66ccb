import ArgumentParser
import ArmletJSON
import ArmletTemplate

/// `armlet template show FILE`: the decoded template model as JSON.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Decode a template and print what Armlet understood, as JSON.",
        discussion: """
        Every problem in the template is reported at once, each with its file, line and column.

        Example:
          armlet template show Templates/incremental-snapshot.json
        """
    )

    @Argument(help: "The template file (.json, .jsonc, .yaml or .yml).")
    var file: String

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let loaded = try TemplateLoader.load(path: file)
        for warning in loaded.diagnostics {
            Console.errorLine("WARNING: \(warning.location.map { "\($0): " } ?? "")(\(warning.code)) \(warning.message)")
        }
        try outputOptions.emit(loaded.template.toJSON())
    }
}
