import ArgumentParser
import ArmletExpressions
import ArmletJSON
import ArmletTemplate
import Foundation

/// `armlet template expand FILE`: the deployment plan a template expands to, as JSON.
struct ExpandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expand",
        abstract: "Expand a template into the concrete resources a deployment would create, as JSON.",
        discussion: """
        Parameters are bound and checked, variables, conditions, copy loops, child resources and \
        nested deployments are expanded, dependencies are resolved and ordered. Each resource shows \
        its full id and the body Azure Resource Manager would send its provider; values that need \
        resources of the same deployment (reference(), list*()) are listed as deferred. Nothing is \
        deployed. Every problem is reported at once with its file, line and column.

        --parameters works as in 'az deployment group create': a parameters file, @file, inline \
        JSON, or NAME=VALUE pairs; it may be repeated.

        Examples:
          armlet template expand Templates/incremental-snapshot.json
          armlet template expand main.json -g my-rg -l eastus --parameters @main.parameters.json
          armlet template expand main.json --parameters diskName=data1 --name snapshot-run
        """
    )

    @Argument(help: "The template file (.json, .jsonc, .yaml or .yml).")
    var file: String

    @Option(name: [.short, .long], parsing: .upToNextOption,
            help: "Parameter values: a parameters file, @file, inline JSON or NAME=VALUE (repeatable).")
    var parameters: [String] = []

    @Option(name: [.customShort("g"), .long], help: "The resource group name (default: armlet-rg).")
    var resourceGroup: String?

    @Option(name: .long, help: "The subscription id (default: 00000000-0000-0000-0000-000000000001, the subscription a new state starts with).")
    var subscription: String?

    @Option(name: [.customShort("n"), .long], help: "The deployment name (default: the template file's base name).")
    var name: String?

    @Option(name: [.customShort("l"), .long], help: "The resource group's location (default: westus).")
    var location: String?

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let loaded = try TemplateLoader.load(path: file)
        for warning in loaded.diagnostics {
            Console.errorLine("WARNING: \(warning.location.map { "\($0): " } ?? "")(\(warning.code)) \(warning.message)")
        }
        let (supplied, argumentProblems) = ParameterArguments([parameters]).resolve(for: loaded.template) { path in
            try? String(contentsOfFile: path, encoding: .utf8)
        }
        for warning in argumentProblems where warning.severity == .warning {
            Console.errorLine("WARNING: (\(warning.code)) \(warning.message)")
        }
        let argumentErrors = argumentProblems.filter { $0.severity == .error }
        if !argumentErrors.isEmpty { throw DiagnosticList(argumentErrors) }

        var context = DeploymentContext()
        context.budget = EvaluationBudget(.command)
        context.deploymentName = name ?? Self.defaultDeploymentName(for: file)
        if let resourceGroup { context.resourceGroupName = resourceGroup }
        if let subscription { context.subscriptionId = subscription }
        if let location { context.location = location }
        let result = TemplateExpander.expand(loaded, parameters: supplied, context: context)
        let errors = result.diagnostics.filter { $0.severity == .error }
        for warning in result.diagnostics where warning.severity != .error {
            Console.errorLine("WARNING: \(warning.location.map { "\($0): " } ?? "")(\(warning.code)) \(warning.message)")
        }
        if !errors.isEmpty { throw DiagnosticList(errors) }
        Console.line(JSONWriter.write(result.plan.toJSON()))
    }

    /// `az` names a deployment after the template file without its extension.
    static func defaultDeploymentName(for file: String) -> String {
        let base = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return base.isEmpty ? "armlet-deployment" : base
    }
}
