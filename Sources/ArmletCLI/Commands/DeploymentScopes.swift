import ArgumentParser
import ArmletEngine

/// The arguments that name where existing deployments live, per `az deployment` scope: `-g` for
/// `group`, `-m/--management-group-id` for `mg`, nothing for `sub` and `tenant`.
protocol DeploymentScopeArguments: ParsableArguments {
    /// The scope's word in the command line (`group`, `sub`, `mg`, `tenant`).
    static var word: String { get }
    /// The scope as help texts say it (`resource group scope`).
    static var scopeText: String { get }
    /// The engine's target.
    var target: DeploymentTarget { get }
}

/// The arguments of commands that deploy a template at a scope: the scope's own, and `-l/--location`
/// where az requires it (everywhere but `group`).
protocol DeploymentTemplateScopeArguments: ParsableArguments {
    associatedtype Scope: DeploymentScopeArguments
    /// The engine's target.
    var target: DeploymentTarget { get }
    /// The deployment's location (`-l`), nil at resource group scope.
    var location: String? { get }
}

/// `-g/--resource-group`.
struct GroupScope: DeploymentScopeArguments, DeploymentTemplateScopeArguments {
    typealias Scope = GroupScope
    static let word = "group"
    static let scopeText = "resource group scope"

    @Option(name: [.customShort("g"), .customLong("resource-group")], help: "Name of resource group.")
    var resourceGroup: String

    var target: DeploymentTarget { .resourceGroup(resourceGroup) }
    var location: String? { nil }
}

/// No scope arguments: the current subscription (`--subscription` picks another).
struct SubscriptionScope: DeploymentScopeArguments {
    static let word = "sub"
    static let scopeText = "subscription scope"
    var target: DeploymentTarget { .subscription }
}

/// `-l/--location`, which az requires for deployments outside a resource group.
struct DeploymentLocationOption: ParsableArguments {
    @Option(name: [.customShort("l"), .long], help: "The location to store the deployment metadata.")
    var location: String
}

/// `-l/--location` at subscription scope.
struct SubscriptionTemplateScope: DeploymentTemplateScopeArguments {
    typealias Scope = SubscriptionScope
    @OptionGroup var place: DeploymentLocationOption
    var target: DeploymentTarget { .subscription }
    var location: String? { place.location }
}

/// `-m/--management-group-id`.
struct ManagementGroupScope: DeploymentScopeArguments {
    static let word = "mg"
    static let scopeText = "management group scope"

    @Option(name: [.customShort("m"), .customLong("management-group-id")], help: "The management group id.")
    var managementGroupId: String

    var target: DeploymentTarget { .managementGroup(managementGroupId) }
}

/// `-m/--management-group-id` and `-l/--location`.
struct ManagementGroupTemplateScope: DeploymentTemplateScopeArguments {
    typealias Scope = ManagementGroupScope
    @Option(name: [.customShort("m"), .customLong("management-group-id")], help: "The management group id.")
    var managementGroupId: String

    @OptionGroup var place: DeploymentLocationOption

    var target: DeploymentTarget { .managementGroup(managementGroupId) }
    var location: String? { place.location }
}

/// No scope arguments: the tenant.
struct TenantScope: DeploymentScopeArguments {
    static let word = "tenant"
    static let scopeText = "tenant scope"
    var target: DeploymentTarget { .tenant }
}

/// `-l/--location` at tenant scope.
struct TenantTemplateScope: DeploymentTemplateScopeArguments {
    typealias Scope = TenantScope
    @OptionGroup var place: DeploymentLocationOption
    var target: DeploymentTarget { .tenant }
    var location: String? { place.location }
}

/// `-n/--name` of a deployment, with its scope's arguments.
struct DeploymentNameOptions<Scope: DeploymentScopeArguments>: ParsableArguments {
    @OptionGroup var scope: Scope

    @Option(name: [.customShort("n"), .customLong("name")], help: "The deployment name.")
    var name: String
}
