import ArgumentParser

/// `armlet deployment`: template deployments, as `az deployment`.
struct DeploymentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deployment",
        abstract: "Manage template deployments.",
        subcommands: [DeploymentScopeCommand<GroupScope>.self, DeploymentScopeCommand<SubscriptionTemplateScope>.self,
                      DeploymentScopeCommand<ManagementGroupTemplateScope>.self,
                      DeploymentScopeCommand<TenantTemplateScope>.self, DeploymentOperationCommand.self]
    )
}

/// `armlet deployment group|sub|mg|tenant`: deployments at one scope.
struct DeploymentScopeCommand<Template: DeploymentTemplateScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: Template.Scope.word,
            abstract: "Manage template deployments at \(Template.Scope.scopeText).",
            subcommands: [DeploymentCreateCommand<Template>.self, DeploymentValidateCommand<Template>.self,
                          DeploymentWhatIfCommand<Template>.self, DeploymentShowCommand<Template.Scope>.self,
                          DeploymentListCommand<Template.Scope>.self, DeploymentDeleteCommand<Template.Scope>.self,
                          DeploymentExportCommand<Template.Scope>.self, DeploymentCancelCommand<Template.Scope>.self,
                          DeploymentWaitCommand<Template.Scope>.self]
        )
    }
}

/// `armlet deployment operation`: the operations of deployments.
struct DeploymentOperationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operation",
        abstract: "Manage deployment operations.",
        subcommands: [DeploymentOperationScopeCommand<GroupScope>.self, DeploymentOperationScopeCommand<SubscriptionScope>.self,
                      DeploymentOperationScopeCommand<ManagementGroupScope>.self,
                      DeploymentOperationScopeCommand<TenantScope>.self]
    )
}

/// `armlet deployment operation group|sub|mg|tenant`.
struct DeploymentOperationScopeCommand<Scope: DeploymentScopeArguments>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: Scope.word,
            abstract: "Manage deployment operations at \(Scope.scopeText).",
            subcommands: [DeploymentOperationListCommand<Scope>.self]
        )
    }
}
