import ArgumentParser
import ArmletEngine
import ArmletJSON
import Foundation

/// The flags `az deployment group what-if` adds (`--result-format`, `--exclude-change-types`,
/// `--no-pretty-print`) and how a what-if result is shown: the `az` text (coloured only on a
/// terminal without `NO_COLOR`), or the result object through `-o`/`--query` with `--no-pretty-print`.
///
/// The command that runs what-if (`deployment group what-if`, `create --what-if/--confirm-with-what-if`)
/// plans the deployment with the engine, asks ``WhatIfDiffer`` and hands the result here.
struct WhatIfOptionGroup: ParsableArguments {
    @Option(name: [.customShort("r"), .customLong("result-format")],
            help: "The format of What-If results: FullResourcePayloads (default) or ResourceIdOnly.")
    var resultFormat: WhatIfResultFormatArgument = .fullResourcePayloads

    @Option(name: [.customShort("x"), .customLong("exclude-change-types")], parsing: .upToNextOption,
            help: "Space-separated change types to leave out: Create Delete Deploy Ignore Modify NoChange Unsupported.")
    var excludeChangeTypes: [WhatIfChangeTypeArgument] = []

    @Flag(name: .customLong("no-pretty-print"), help: "Print the raw What-If result instead of the formatted text.")
    var noPrettyPrint = false

    /// The differ options these flags ask for, with `mode`.
    func options(mode: WhatIfDeploymentMode) -> WhatIfOptions {
        WhatIfOptions(mode: mode, resultFormat: resultFormat.format,
                      excludedChangeTypes: Set(excludeChangeTypes.map(\.type)))
    }

    /// Whether colours are wanted: standard output is a terminal and `NO_COLOR` is unset.
    static var colorWanted: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
    }

    /// Prints `result`: the `az` text, or with `--no-pretty-print` the CLI's JSON through `output`.
    func show(_ result: WhatIfOperationResult, output: OutputOptions, colored: Bool = WhatIfOptionGroup.colorWanted) throws {
        if noPrettyPrint {
            try output.emit(result.toCLIJSON().sortedByKey())
        } else {
            Console.current.out(WhatIfRenderer(colored: colored).render(result) + "\n")
        }
    }
}

/// `--result-format` values, matched ignoring case as the CLI does.
struct WhatIfResultFormatArgument: ExpressibleByArgument, Sendable {
    let format: WhatIfResultFormat
    static let fullResourcePayloads = WhatIfResultFormatArgument(format: .fullResourcePayloads)

    init(format: WhatIfResultFormat) { self.format = format }

    init?(argument: String) {
        guard let format = WhatIfResultFormat(caseInsensitive: argument) else { return nil }
        self.format = format
    }

    static var allValueStrings: [String] { WhatIfResultFormat.allCases.map(\.rawValue) }
}

/// `--exclude-change-types` values, matched ignoring case as the CLI does.
struct WhatIfChangeTypeArgument: ExpressibleByArgument, Sendable {
    let type: WhatIfChangeType

    init?(argument: String) {
        guard let type = WhatIfChangeType(caseInsensitive: argument) else { return nil }
        self.type = type
    }

    static var allValueStrings: [String] { WhatIfChangeType.allCases.map(\.rawValue) }
}

/// The confirmation of `create --confirm-with-what-if`, with the CLI's rules: no prompt when
/// `--proceed-if-no-change` is given and nothing changes, `--yes` answers it, and without a
/// terminal it fails rather than deploy unconfirmed.
enum WhatIfConfirmation {
    /// What to do after showing the what-if result.
    enum Decision: Equatable {
        case deploy
        case cancel
        /// No terminal to ask on and no `--yes`.
        case needsTerminal
    }

    /// The decision for `result`; `answer` reads one line from the user (nil at end of input).
    static func decide(_ result: WhatIfOperationResult, proceedIfNoChange: Bool, yes: Bool, interactive: Bool,
                       answer: () -> String?) -> Decision {
        if proceedIfNoChange && !result.hasChanges { return .deploy }
        if yes { return .deploy }
        guard interactive else { return .needsTerminal }
        while true {
            Console.current.out("\nAre you sure you want to execute the deployment? (y/n): ")
            guard let reply = answer()?.trimmingCharacters(in: .whitespaces).lowercased() else { return .cancel }
            if reply == "y" || reply == "yes" { return .deploy }
            if reply == "n" || reply == "no" { return .cancel }
        }
    }
}
