import ArgumentParser
import ArmletEngine
import ArmletJSON

/// `armlet disk update` / `armlet snapshot update`: `--sku`, `--tags`-style changes and the generic
/// `--set`/`--add`/`--remove` arguments.
///
/// The changes are applied to the printed shape; what changed is sent as a PATCH, members that are
/// not part of ARM's envelope going under `properties`.
struct ComputeUpdateCommand<Kind: ComputeKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "update",
            abstract: "Update a \(Kind.noun).",
            discussion: """
            Example:
              armlet \(Kind.group) update -g disks-rg -n \(Kind.exampleName) --set tags.env=prod
            """
        )
    }

    @OptionGroup var target: ComputeTargetOptions

    @Option(name: .long, help: "Underlying storage SKU.")
    var sku: String?

    @OptionGroup var settings: Kind.UpdateSettings

    @Option(name: .long, parsing: .upToNextOption, help: "Update an object by specifying a property path and value to set. Example: --set property1.property2=<value>.")
    var set: [String] = []

    @Option(name: .long, parsing: .upToNextOption,
            help: "Add an object to a list of objects by specifying a path and key value pairs. Example: --add property.listProperty <key=value, string or JSON string>.")
    var add: [String] = []

    @Option(name: .long, parsing: .upToNextOption,
            help: "Remove a property or an element from a list. Example: --remove property.list <indexToRemove> OR --remove propertyToRemove.")
    var remove: [String] = []

    @Flag(name: .customLong("no-wait"), help: "Do not wait for the long-running operation to finish.")
    var noWait = false

    @OptionGroup var subscription: SubscriptionOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let manager = try global.context(subscription: subscription.subscription).resources
        let subscriptionId = try AzureErrorText.serviceErrors { try manager.currentSubscription().id }
        for id in target.resourceIds(type: Kind.armType, subscriptionId: subscriptionId) {
            let before = AzureResourceShape.flatten(
                try AzureErrorText.serviceErrors { try manager.get(id: id, apiVersion: ComputeAPI.version) })
            var after = before
            if let sku { try GenericUpdate.set("sku.name=\(sku)", in: &after) }
            for assignment in settings.assignments { try GenericUpdate.set(assignment, in: &after) }
            for assignment in set { try GenericUpdate.set(assignment, in: &after) }
            if !add.isEmpty { try GenericUpdate.add(add, in: &after) }
            if !remove.isEmpty { try GenericUpdate.remove(remove, in: &after) }
            let patch = Self.patch(from: before, to: after)
            _ = try AzureErrorText.serviceErrors { try manager.patch(id: id, apiVersion: ComputeAPI.version, body: patch) }
            if noWait { continue }
            try outputOptions.emit(AzureResourceShape.flatten(
                try AzureErrorText.serviceErrors { try manager.get(id: id, apiVersion: ComputeAPI.version) }))
        }
    }

    /// The PATCH body holding the top-level members that differ between two printed shapes.
    static func patch(from before: JSONValue, to after: JSONValue) -> JSONValue {
        let old = before.objectValue ?? JSONObject()
        var body = JSONObject()
        var properties = JSONObject()
        for (key, value) in after.objectValue ?? JSONObject() where old[key] != value {
            if AzureResourceShape.envelopeKeys.contains(key) { body[key] = value } else { properties[key] = value }
        }
        for (key, _) in old where after.objectValue?[key] == nil && key == "tags" { body[key] = .object(JSONObject()) }
        if !properties.isEmpty { body["properties"] = .object(properties) }
        return .object(body)
    }
}
