import ArgumentParser
import ArmletEngine
import ArmletJSON

/// `armlet deployment group cancel -g RG -n NAME`.
struct DeploymentCancelCommand<Scope: DeploymentScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel a currently running template deployment.",
        discussion: Scope.word != "group" ? "" : """
        Armlet's deployments finish inside 'create', so this answers as ARM does for a finished one \
        (DeploymentCannotBeCancelled).

        Example:
          armlet deployment group cancel -g disks-rg -n incremental-snapshot
        """
    ) }

    @OptionGroup var deployment: DeploymentNameOptions<Scope>
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let engine = try global.context(subscription: subscription.subscription).deployments
        try AzureErrorText.serviceErrors {
            try engine.cancel(at: deployment.scope.target, name: deployment.name)
        }
    }
}

/// `armlet deployment group wait -g RG -n NAME --created|--updated|--deleted|--exists|--custom Q`.
struct DeploymentWaitCommand<Scope: DeploymentScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "wait",
        abstract: "Place the CLI in a waiting state until a deployment condition is met.",
        discussion: Scope.word != "group" ? "" : """
        Example:
          armlet deployment group wait -g disks-rg -n incremental-snapshot --created
        """
    ) }

    @OptionGroup var deployment: DeploymentNameOptions<Scope>
    @OptionGroup var waitOptions: WaitOptions
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let context = try global.context(subscription: subscription.subscription)
        let engine = context.deployments
        let met = try waitOptions.wait().run(clock: context.clock) {
            AzureSDKModels.deployment.project(try engine.json(try engine.deployment(at: deployment.scope.target, name: deployment.name)))
        }
        if !met { try outputOptions.emit(.object(JSONObject())) }
    }
}
