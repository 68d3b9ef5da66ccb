import ArgumentParser
import ArmletCore
import ArmletEngine
import ArmletJSON
import ArmletTemplate
import Foundation

/// `az deployment group mode` values, read ignoring case.
enum DeploymentModeArgument: String, ExpressibleByArgument, CaseIterable {
    case incremental = "Incremental", complete = "Complete"

    init?(argument: String) {
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == argument.lowercased() }) else {
            return nil
        }
        self = match
    }

    var mode: DeploymentMode { self == .complete ? .complete : .incremental }
}

/// What `deployment … create`, `validate` and `what-if` share: the scope (with its location), the
/// template, the parameters, the name and the mode.
struct DeploymentTemplateOptions<Scope: DeploymentTemplateScopeArguments>: ParsableArguments {
    @OptionGroup var scope: Scope

    @Option(name: [.customShort("f"), .customLong("template-file")],
            help: "The path to the template file (.json, .jsonc, .yaml or .yml).")
    var templateFile: String

    @Option(name: [.customShort("p"), .long], parsing: .upToNextOption,
            help: "Parameter values: a parameters file, @file, inline JSON or NAME=VALUE (repeatable).")
    var parameters: [String] = []

    @Option(name: [.customShort("n"), .customLong("name")],
            help: "The deployment name (default: the template file's base name).")
    var name: String?

    @Option(name: .long, help: "The deployment mode: Incremental (default) or Complete.")
    var mode: DeploymentModeArgument = .incremental

    /// The request these options describe after `engine`'s preflight; a failed preflight throws the
    /// Azure CLI's error text, so create, validate and what-if report it the same way.
    func validatedRequest(engine: DeploymentEngine, global: GlobalOptions,
                          errorForm: AzureErrorText.PreflightForm = .errorResponse) throws
        -> (request: DeploymentRequest, validation: DeploymentValidation) {
        let request = try request(global: global)
        let validation: DeploymentValidation
        do {
            validation = try engine.validate(request)
        } catch let error as ARMError
                    where errorForm == .errorResponse && (error.httpStatus == 400 || request.target.resourceGroup == nil) {
            // A validate call ARM refuses outright with 400 (bad location or name) is read as a
            // failed validation and printed like one; so is any refusal outside a resource group
            // (an unknown management group). A group's 404 is a plain service error (exit 3).
            throw AzureErrorText.preflight(error, form: errorForm)
        } catch let error as ARMError {
            throw AzureErrorText.service(error)
        }
        if let error = validation.error { throw AzureErrorText.preflight(error, form: errorForm) }
        return (request, validation)
    }

    /// The engine request these options describe; template and argument warnings go through `global`.
    func request(global: GlobalOptions) throws -> DeploymentRequest {
        let loaded = try TemplateLoader.load(path: templateFile)
        for warning in loaded.diagnostics {
            global.warn("\(warning.location.map { "\($0): " } ?? "")(\(warning.code)) \(warning.message)")
        }
        let (supplied, problems) = ParameterArguments([parameters]).resolve(for: loaded.template) { path in
            try? String(contentsOfFile: path, encoding: .utf8)
        }
        for warning in problems where warning.severity == .warning {
            global.warn("(\(warning.code)) \(warning.message)")
        }
        // `--parameters` the CLI itself cannot read fail with its bare message (`invalid literal for
        // int() with base 10: 'x'`); Armlet adds the place in a parameters file when there is one.
        let errors = problems.filter { $0.severity == .error }
        if !errors.isEmpty {
            throw AzureCLIFailure(text: errors.map { e in e.location.map { "\($0): " + e.message } ?? e.message }
                                    .joined(separator: "\n"), exitCode: 1)
        }
        return DeploymentRequest(name: name ?? ExpandCommand.defaultDeploymentName(for: templateFile),
                                 target: scope.target, location: scope.location, template: loaded,
                                 parameters: supplied, mode: mode.mode)
    }
}
