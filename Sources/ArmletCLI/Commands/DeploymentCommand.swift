import ArgumentParser

/// `armlet deployment`: template deployments, as `az deployment`.
struct DeploymentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deployment",
        abstract: "Manage template deployments.",
        subcommands: [DeploymentGroupCommand.self, DeploymentOperationCommand.self]
    )
}

/// `armlet deployment group`: deployments at resource group scope.
struct DeploymentGroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Manage template deployments at resource group scope.",
        subcommands: [DeploymentCreateCommand.self, DeploymentValidateCommand.self, DeploymentWhatIfCommand.self,
                      DeploymentShowCommand.self,
                      DeploymentListCommand.self, DeploymentDeleteCommand.self, DeploymentExportCommand.self,
                      DeploymentCancelCommand.self, DeploymentWaitCommand.self]
    )
}

/// `armlet deployment operation`: the operations of deployments.
struct DeploymentOperationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operation",
        abstract: "Manage deployment operations.",
        subcommands: [DeploymentOperationGroupCommand.self]
    )
}

/// `armlet deployment operation group`.
struct DeploymentOperationGroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Manage deployment operations at resource group scope.",
        subcommands: [DeploymentOperationListCommand.self]
    )
}

/// `-g/--resource-group`.
struct ResourceGroupOption: ParsableArguments {
    @Option(name: [.customShort("g"), .customLong("resource-group")], help: "Name of resource group.")
    var resourceGroup: String
}

/// `-g` and `-n/--name` of a deployment.
struct DeploymentNameOptions: ParsableArguments {
    @Option(name: [.customShort("g"), .customLong("resource-group")], help: "Name of resource group.")
    var resourceGroup: String

    @Option(name: [.customShort("n"), .customLong("name")], help: "The deployment name.")
    var name: String
}
