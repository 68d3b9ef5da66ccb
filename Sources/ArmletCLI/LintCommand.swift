import ArgumentParser
import ArmletJSON
import ArmletLint
import Foundation

/// `armlet lint PATH...`: check templates against Armlet's lint rules, for people and for CI.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check ARM templates for mistakes, bad habits and security problems.",
        discussion: """
        PATH is a template file or a folder; folders are searched recursively for JSON and YAML files \
        whose $schema is a deployment template (parameter files are skipped). Rule levels come from the \
        nearest armlet.json, .armlet.yaml or .armlet.yml above each template (or --config), then --rule. \
        Silence one line with `// armlet-disable-next-line RULE-ID` above it, a whole file with \
        `// armlet-disable-file RULE-ID`.

        Exit status: 0 when no finding reaches the failure level (error unless --fail-on says otherwise), \
        1 when one does, 2 for usage errors.

        Examples:
          armlet lint Templates
          armlet lint Templates/incremental-snapshot.json --fix
          armlet lint infra --format sarif > armlet.sarif
          armlet lint main.json --rule no-hardcoded-location=error --fail-on warning
        """
    )

    /// The report formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Argument(help: "Template files or folders to lint.")
    var paths: [String]

    @Option(name: .long, help: "Report format: text, json or sarif.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Set a rule's level: ID=off|info|warning|error (repeatable).", valueName: "ID=LEVEL"))
    var rule: [String] = []

    @Option(name: .customLong("fail-on"), help: "Exit with status 1 when a finding is at this level or above: error, warning or info.")
    var failOn: String = "error"

    @Flag(name: .long, help: "Apply safe fixes in place (API version typos, concat() of literals) and report them.")
    var fix = false

    @Option(name: .long, help: "Use this configuration file instead of discovering one.")
    var config: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Measure API version ages from this day (YYYY-MM-DD) instead of today.", visibility: .hidden))
    var asOf: String?

    func validate() throws {
        guard let level = LintLevel(name: failOn), level != .off else {
            throw ValidationError("--fail-on must be one of error, warning, info; got '\(failOn)'.")
        }
        _ = try overrides()
        if let asOf, LintCommand.day(asOf) == nil {
            throw ValidationError("--as-of must be a date such as 2025-01-31; got '\(asOf)'.")
        }
    }

    func run() throws {
        let registry = LintRuleRegistry.standard
        let targets: [TemplateFileFinder.Target]
        do {
            targets = try TemplateFileFinder.targets(for: paths)
        } catch {
            throw ValidationError("The path '\(error.path)' does not exist.")
        }
        let explicit = try config.map { path -> LintConfiguration in
            guard FileManager.default.fileExists(atPath: path) else {
                throw ValidationError("The configuration file '\(path)' does not exist.")
            }
            return try LintCommand.usage { try LintConfiguration.load(path: path, knownRules: registry.ids) }
        }
        let date = asOf.flatMap(LintCommand.day) ?? Date()
        var discovered: [String: LintConfiguration] = [:]
        var warned = Set<String>()
        var results: [LintFileResult] = []
        var applied: [AppliedFix] = []
        for target in targets {
            var configuration: LintConfiguration
            if let explicit {
                configuration = explicit
            } else {
                let folder = (target.path as NSString).deletingLastPathComponent
                let key = folder.isEmpty ? "." : folder
                if let cached = discovered[key] {
                    configuration = cached
                } else {
                    configuration = try LintConfiguration.discover(from: key).map { path in
                        try LintCommand.usage { try LintConfiguration.load(path: path, knownRules: registry.ids) }
                    } ?? .default
                    discovered[key] = configuration
                }
            }
            for warning in configuration.warnings where warned.insert(warning).inserted {
                Console.errorLine("WARNING: " + warning)
            }
            for (id, level) in try overrides() { configuration.override(rule: id, level: level) }
            let linter = Linter(configuration: configuration, referenceDate: date, rules: registry.rules)
            var result = linter.lint(path: target.path, displayName: target.displayName)
            if fix, DocumentFormat(path: target.path) == .json {
                let outcome = LintFixer.apply(result.findings, to: result.text)
                if !outcome.applied.isEmpty {
                    do {
                        try Data(outcome.text.utf8).write(to: URL(fileURLWithPath: target.path))
                    } catch {
                        throw CLIError(code: "FileWriteFailed", message: "Could not write '\(target.path)': \(error.localizedDescription)")
                    }
                    applied += outcome.applied
                    result = linter.lint(text: outcome.text, file: target.displayName)
                }
            }
            results.append(result)
        }
        report(results, applied: applied, registry: registry)
        let threshold = LintLevel(name: failOn) ?? .error
        if results.contains(where: { $0.findings.contains { $0.level >= threshold } }) {
            throw ExitCode(1)
        }
    }

    private func report(_ results: [LintFileResult], applied: [AppliedFix], registry: LintRuleRegistry) {
        let fixLines = applied.map { "fixed " + $0.line }
        switch format {
        case .text:
            for line in fixLines { Console.line(line) }
            let useColor = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            Console.current.out(TextReporter(color: useColor).render(results))
        case .json:
            for line in fixLines { Console.errorLine(line) }
            Console.current.out(JSONReporter().render(results))
        case .sarif:
            for line in fixLines { Console.errorLine(line) }
            let reporter = SARIFReporter(rules: registry.rules, version: ArmletVersion.current,
                                         workingDirectory: FileManager.default.currentDirectoryPath)
            Console.current.out(reporter.render(results))
        }
    }

    /// The `--rule ID=LEVEL` options, checked.
    private func overrides() throws -> [(String, LintLevel)] {
        try rule.map { text in
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let level = LintLevel(name: parts[1].trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--rule expects ID=LEVEL with LEVEL one of off, info, warning, error; got '\(text)'.")
            }
            let id = parts[0].trimmingCharacters(in: .whitespaces)
            guard LintRuleRegistry.standard.rule(id: id) != nil else {
                let hint = LintRuleRegistry.standard.ids.first { $0.hasPrefix(String(id.prefix(4))) }.map { " Did you mean '\($0)'?" } ?? ""
                throw ValidationError("--rule names an unknown rule '\(id)'.\(hint)")
            }
            return (id, level)
        }
    }

    /// Runs `body`, turning a bad configuration file into a usage error (exit status 2).
    static func usage<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as LintConfigurationError {
            let location = error.location.map { " (\($0))" } ?? ""
            throw ValidationError(error.message + location)
        }
    }

    /// Midnight UTC of `YYYY-MM-DD`.
    static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        return calendar.date(from: components)
    }
}
