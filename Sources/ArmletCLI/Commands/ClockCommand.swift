import ArgumentParser
import ArmletState
import ArmletEngine
import Foundation

/// `armlet clock advance --seconds N`: an Armlet-only helper (hidden; not an Azure CLI command)
/// that moves the shared stored clock forward, so scripts can show background copies progressing.
struct ClockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clock",
        abstract: "Armlet only: move the stored simulated clock (ARMLET_CLOCK=stored…).",
        discussion: """
        Example:
          ARMLET_CLOCK=stored:2026-01-01T00:00:00Z armlet clock advance --seconds 600
        """,
        shouldDisplay: false,
        subcommands: [ClockAdvanceCommand.self]
    )
}

/// `armlet clock advance --seconds N`: prints the new time.
struct ClockAdvanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: "Move the stored clock forward by --seconds and print the new time.",
        discussion: """
        Example:
          armlet clock advance --seconds 60
        """
    )

    @Option(name: .long, help: "Seconds to move the clock forward.")
    var seconds: Double

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try global.context()
        guard let clock = context.clock as? StoredClock else {
            throw AzureCLIFailure(text: "The clock can only be advanced when ARMLET_CLOCK is 'stored' or 'stored:<instant>'.",
                                  exitCode: 1)
        }
        let now = try clock.advance(by: seconds)
        Console.line(ISO8601DateFormatter().string(from: now))
    }
}
