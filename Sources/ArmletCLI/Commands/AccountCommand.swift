import ArgumentParser
import ArmletCore
import ArmletEngine
import ArmletTemplate
import ArmletJSON

/// `armlet account`: the simulated subscriptions, as `az account`.
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "Manage the simulated Azure subscription information.",
        subcommands: [AccountShowCommand.self, AccountListCommand.self, AccountSetCommand.self]
    )
}

/// `armlet account show [--subscription S]`.
struct AccountShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Get the details of a subscription (the current one by default).",
        discussion: """
        Example:
          armlet account show --query id -o tsv
        """
    )

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let manager = try global.context(subscription: subscription.subscription).resources
        let (current, defaultId) = try AzureErrorText.serviceErrors {
            (try manager.currentSubscription(), try manager.defaultSubscriptionId())
        }
        try outputOptions.emit(AzureAccountShape.account(current, isDefault: JSONObject.equalIgnoringCase(current.id, defaultId ?? "")))
    }
}

/// `armlet account list`.
struct AccountListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Get a list of subscriptions.",
        discussion: """
        Example:
          armlet account list --query "[].{name:name, id:id, isDefault:isDefault}" -o table
        """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let manager = try global.context().resources
        let defaultId = try manager.defaultSubscriptionId() ?? ""
        let all = try manager.subscriptions()
        try outputOptions.emit(.array(all.map {
            AzureAccountShape.account($0, isDefault: JSONObject.equalIgnoringCase($0.id, defaultId), listed: true)
        }), tableTransformer: .accountList)
    }
}

/// `armlet account set --subscription S`.
struct AccountSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set a subscription to be the current active subscription.",
        discussion: """
        Example:
          armlet account set --subscription 00000000-0000-0000-0000-000000000001
        """
    )

    @Option(name: [.customShort("s"), .customLong("subscription"), .customLong("name"), .customShort("n")],
            help: "Name or ID of subscription.")
    var subscription: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let manager = try global.context().resources
        do {
            try manager.setCurrentSubscription(subscription)
        } catch let error as ARMError where error.code == "SubscriptionNotFound" {
            throw AzureCLIFailure(text: "The subscription of '\(subscription)' doesn't exist in cloud 'AzureCloud'.",
                                  exitCode: 1)
        }
    }
}
