import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `incremental-flag`: `properties.incremental` must be a boolean, on a snapshot, in an API version that has it.
public struct IncrementalFlagRule: LintRule {
    public let id = "incremental-flag"
    public let theme = LintTheme.correctness
    public let description = "The incremental flag must be a boolean on a snapshot whose API version supports it."
    public let rationale = "Only snapshots can be incremental. On a disk, or in an API version older than the flag, Azure silently drops it and takes a full snapshot; a string such as \"true\" is rejected."
    public let help = "Write `\"incremental\": true` (a JSON boolean) on a Microsoft.Compute/snapshots resource with an API version that has the flag, and remove it from disks."
    public let defaultLevel = LintLevel.error
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self, atKey: true) { $0.targets(LintKnowledge.incrementalPath) }
    }
}
