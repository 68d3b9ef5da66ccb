import ArgumentParser

/// `armlet template`: work with template files without deploying them.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Read, convert and inspect ARM templates (JSON or YAML).",
        subcommands: [ConvertCommand.self, ExpandCommand.self, ShowCommand.self]
    )
}
