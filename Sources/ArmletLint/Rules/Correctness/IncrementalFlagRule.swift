import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `incremental-flag`: `properties.incremental` must be a boolean, on a snapshot, in an API version that has it.
package struct IncrementalFlagRule: LintRule {
    package let id = "incremental-flag"
    package let theme = LintTheme.correctness
    package let description = "The incremental flag must be a boolean on a snapshot whose API version supports it."
    package let rationale = "Only snapshots can be incremental. On a disk, or in an API version older than the flag, Azure silently drops it and takes a full snapshot; a string such as \"true\" is rejected."
    package let help = "Write `\"incremental\": true` (a JSON boolean) on a Microsoft.Compute/snapshots resource with an API version that has the flag, and remove it from disks."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        context.catalogFindings(self, atKey: true) { $0.targets(LintKnowledge.incrementalPath) }
    }
}
