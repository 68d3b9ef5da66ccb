import ArgumentParser
import ArmletEngine
import Foundation

/// `armlet deployment group what-if -g RG -f FILE [-p ...] [--mode M] [-r FORMAT] [-x TYPES...] [--no-pretty-print]`.
struct DeploymentWhatIfCommand<Scope: DeploymentTemplateScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "what-if",
        abstract: "Execute a deployment What-If operation at \(Scope.Scope.scopeText).",
        discussion: Scope.Scope.word != "group" ? "" : """
        Shows what deploying the template would change, without changing anything: resources to create, \
        modify (with each property's old and new value), delete (Complete mode), leave unchanged or ignore. \
        Defaults the service applies and read-only properties are compared as ARM does, so redeploying an \
        unchanged template reports no change. Values that need reference() of a resource still being \
        created or changed are shown as Deploy, not as a false Modify. The text is the Azure CLI's; \
        --no-pretty-print prints the WhatIfOperationResult object through -o/--query instead.

        Examples:
          armlet deployment group what-if -g disks-rg -f Templates/incremental-snapshot.json \\
            --parameters diskResourceId=$diskId
          armlet deployment group what-if -g disks-rg -f main.json --mode Complete -x NoChange Ignore
        """
    ) }

    @OptionGroup var options: DeploymentTemplateOptions<Scope>
    @OptionGroup var whatIf: WhatIfOptionGroup
    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let engine = try global.context(subscription: subscription.subscription).deployments
        let (request, validation) = try options.validatedRequest(engine: engine, global: global,
                                                                   errorForm: .failedOperation)
        let result = try AzureErrorText.serviceErrors {
            try engine.whatIf(request, after: validation, options: whatIf.options(mode: .incremental))
        }
        try whatIf.show(result, output: outputOptions)
    }
}

/// The what-if flags of `deployment group create`: `--what-if` only shows the prediction,
/// `--confirm-with-what-if` shows it and asks before deploying.
struct CreateWhatIfOptions: ParsableArguments {
    @Flag(name: [.customShort("w"), .customLong("what-if")], help: "Instruct the command to run deployment What-If.")
    var whatIf = false

    @Flag(name: [.customShort("c"), .customLong("confirm-with-what-if")],
          help: "Instruct the command to run deployment What-If before executing the deployment. It then prompts you to acknowledge resource changes before it continues.")
    var confirmWithWhatIf = false

    @Option(name: [.customShort("r"), .customLong("what-if-result-format")],
            help: "The format of What-If results: FullResourcePayloads (default) or ResourceIdOnly.")
    var resultFormat: WhatIfResultFormatArgument = .fullResourcePayloads

    @Option(name: [.customShort("x"), .customLong("what-if-exclude-change-types")], parsing: .upToNextOption,
            help: "Space-separated change types to leave out of the What-If result.")
    var excludeChangeTypes: [WhatIfChangeTypeArgument] = []

    @Flag(name: .customLong("proceed-if-no-change"),
          help: "Instruct the command to execute the deployment if the What-If result contains no resource changes.")
    var proceedIfNoChange = false

    @Flag(name: [.customShort("y"), .customLong("yes")],
          help: "Answer the confirmation prompt with yes (needed without a terminal).")
    var yes = false

    var isRequested: Bool { whatIf || confirmWithWhatIf }

    var options: WhatIfOptions {
        WhatIfOptions(resultFormat: resultFormat.format, excludedChangeTypes: Set(excludeChangeTypes.map(\.type)))
    }

    /// Runs what-if for `create` and says whether to go on deploying.
    func proceed(engine: DeploymentEngine, request: DeploymentRequest, validation: DeploymentValidation) throws -> Bool {
        let result = try AzureErrorText.serviceErrors { try engine.whatIf(request, after: validation, options: options) }
        Console.current.out(WhatIfRenderer(colored: WhatIfOptionGroup.colorWanted).render(result) + "\n")
        if whatIf { return false }
        switch WhatIfConfirmation.decide(result, proceedIfNoChange: proceedIfNoChange, yes: yes,
                                         interactive: isatty(STDIN_FILENO) == 1, answer: { readLine() }) {
        case .deploy: return true
        case .cancel: return false
        case .needsTerminal:
            throw CLIError(code: "NoTTYException",
                           message: "Unable to prompt for confirmation as no tty available. Use --yes.")
        }
    }
}
