import ArgumentParser
import ArmletEngine
import ArmletTemplate
import ArmletJSON
import Foundation

/// `armlet deployment group show -g RG -n NAME`.
struct DeploymentShowCommand<Scope: DeploymentScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "show",
        abstract: "Get a deployment at \(Scope.scopeText).",
        discussion: Scope.word != "group" ? "" : """
        Example:
          armlet deployment group show -g disks-rg -n premium-v2-disk --query properties.outputs.diskId.value -o tsv
        """
    ) }

    @OptionGroup var deployment: DeploymentNameOptions<Scope>
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let engine = try global.context(subscription: subscription.subscription).deployments
        let json = try AzureErrorText.serviceErrors {
            AzureSDKModels.deployment.project(try engine.json(try engine.deployment(at: deployment.scope.target, name: deployment.name)))
        }
        try outputOptions.emit(json, tableTransformer: .deployment)
    }
}

/// `armlet deployment group list -g RG`.
struct DeploymentListCommand<Scope: DeploymentScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list",
        abstract: "List the deployments of a resource group.",
        discussion: Scope.word != "group" ? "" : """
        Example:
          armlet deployment group list -g disks-rg --query "[].{name:name, state:properties.provisioningState}" -o table
        """
    ) }

    @OptionGroup var scope: Scope
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let engine = try global.context(subscription: subscription.subscription).deployments
        let json = try AzureErrorText.serviceErrors {
            try engine.deployments(at: scope.target).map { AzureSDKModels.deployment.project(try engine.json($0)) }
        }
        try outputOptions.emit(.array(json), tableTransformer: .deploymentList)
    }
}

/// `armlet deployment group delete -g RG -n NAME`.
struct DeploymentDeleteCommand<Scope: DeploymentScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a deployment record (its resources stay).",
        discussion: Scope.word != "group" ? "" : """
        Example:
          armlet deployment group delete -g disks-rg -n incremental-snapshot
        """
    ) }

    @OptionGroup var deployment: DeploymentNameOptions<Scope>

    @Flag(name: .customLong("no-wait"), help: "Do not wait for the long-running operation to finish.")
    var noWait = false

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let engine = try global.context(subscription: subscription.subscription).deployments
        try AzureErrorText.serviceErrors {
            try engine.delete(at: deployment.scope.target, name: deployment.name)
        }
    }
}

/// `armlet deployment group export -g RG -n NAME` (also spelt `export-template`, Armlet's former name).
struct DeploymentExportCommand<Scope: DeploymentScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export",
        abstract: "Export the template used for a deployment.",
        discussion: Scope.word != "group" ? "" : """
        Prints the template as submitted, in its own member order, as 'az deployment group \
        export' does (the output format flags do not apply). 'export-template' is accepted too.

        Example:
          armlet deployment group export -g disks-rg -n incremental-snapshot > snapshot.json
        """,
        aliases: ["export-template"]
    ) }

    @OptionGroup var deployment: DeploymentNameOptions<Scope>
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let engine = try global.context(subscription: subscription.subscription).deployments
        let exported = try AzureErrorText.serviceErrors {
            try engine.exportTemplate(at: deployment.scope.target, name: deployment.name)
        }
        Console.line(JSONWriter.write(exported["template"] ?? .null))
    }
}

/// `armlet deployment operation group list -g RG -n NAME`.
struct DeploymentOperationListCommand<Scope: DeploymentScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list",
        abstract: "Get all the deployment operations for a deployment.",
        discussion: Scope.word != "group" ? "" : """
        Example:
          armlet deployment operation group list -g disks-rg -n incremental-snapshot \\
            --query "[].{resource:properties.targetResource.resourceName, state:properties.provisioningState}" -o table
        """
    ) }

    @OptionGroup var deployment: DeploymentNameOptions<Scope>
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let engine = try global.context(subscription: subscription.subscription).deployments
        let operations = try AzureErrorText.serviceErrors {
            try engine.operations(at: deployment.scope.target, name: deployment.name)
        }
        try outputOptions.emit(.array(operations.map { AzureSDKModels.deploymentOperation.project(engine.json($0)) }))
    }
}
