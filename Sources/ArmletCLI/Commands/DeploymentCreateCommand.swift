import ArgumentParser
import ArmletCore
import ArmletEngine
import ArmletTemplate
import ArmletJSON

/// `armlet deployment group create -g RG -f FILE [-p ...] [-n NAME] [--mode M] [--no-wait]`.
struct DeploymentCreateCommand<Scope: DeploymentTemplateScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "create",
        abstract: "Start a deployment at \(Scope.Scope.scopeText).",
        discussion: Scope.Scope.word != "group" ? "" : """
        Validates the deployment first (every problem at once, each with its template line and column), \
        then applies it in dependency order and prints the deployment as 'az deployment group create' \
        does. A preflight failure writes nothing; a failed resource leaves what was deployed before it \
        and a Failed deployment you can inspect with 'armlet deployment operation group list'.

        Example:
          armlet deployment group create -g disks-rg -f Templates/incremental-snapshot.corrected.json \\
            --parameters diskName=data1 diskResourceId=$diskId
        """
    ) }

    @OptionGroup var options: DeploymentTemplateOptions<Scope>

    @Flag(name: .customLong("no-wait"), help: "Do not wait for the long-running operation to finish.")
    var noWait = false

    @OptionGroup var whatIf: CreateWhatIfOptions

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let engine = try global.context(subscription: subscription.subscription).deployments
        let (request, validation) = try options.validatedRequest(engine: engine, global: global)
        for warning in validation.warnings {
            global.warn("\(warning.location.map { "\($0): " } ?? "")(\(warning.code)) \(warning.message)")
        }
        if whatIf.isRequested, !(try whatIf.proceed(engine: engine, request: request, validation: validation)) {
            return
        }
        global.trace("deploying \(validation.plan.deployedResources.count) resources in "
                     + "\(validation.plan.dependencyOrder.count) batches")
        let record = try AzureErrorText.serviceErrors { try engine.deploy(request, after: validation) }
        if let error = record.error, record.provisioningState == .failed {
            throw AzureErrorText.deploymentFailed(error)
        }
        if !noWait { try outputOptions.emit(AzureSDKModels.deployment.project(engine.json(record, plan: validation.plan)), tableTransformer: .deployment) }
    }
}

/// `armlet deployment group validate -g RG -f FILE [-p ...]`.
struct DeploymentValidateCommand<Scope: DeploymentTemplateScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "validate",
        abstract: "Validate whether a template is valid at \(Scope.Scope.scopeText).",
        discussion: Scope.Scope.word != "group" ? "" : """
        Runs the same preflight as 'create' against the current state and writes nothing.

        Example:
          armlet deployment group validate -g disks-rg -f Templates/incremental-snapshot.json
        """
    ) }

    @OptionGroup var options: DeploymentTemplateOptions<Scope>
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let engine = try global.context(subscription: subscription.subscription).deployments
        let (request, validation) = try options.validatedRequest(engine: engine, global: global)
        try outputOptions.emit(AzureSDKModels.deploymentValidation.project(engine.json(validation, request: request)), tableTransformer: .deploymentValidate)
    }
}
