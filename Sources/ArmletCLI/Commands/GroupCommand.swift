import ArgumentParser

/// `armlet group`: resource groups, as `az group`.
struct GroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Manage resource groups.",
        subcommands: [GroupCreateCommand.self, GroupShowCommand.self, GroupListCommand.self, GroupDeleteCommand.self,
                      GroupExistsCommand.self]
    )
}

/// `-n/--name` of a resource group.
struct GroupNameOption: ParsableArguments {
    @Option(name: [.customShort("n"), .customShort("g"), .customLong("name"), .customLong("resource-group")],
            help: "Name of resource group.")
    var name: String
}
