import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `snapshot-encryption`: customer-managed-key settings of a disk or snapshot that contradict each other.
package struct SnapshotEncryptionRule: LintRule {
    package let id = "snapshot-encryption"
    package let theme = LintTheme.security
    package let description = "Customer-managed key settings of disks and snapshots must be consistent."
    package let rationale = "A customer-key encryption type needs a disk encryption set, and a disk encryption set is ignored with platform-managed keys: either way the data is not encrypted the way the template says."
    package let help = "With EncryptionAtRestWithCustomerKey or EncryptionAtRestWithPlatformAndCustomerKeys set `encryption.diskEncryptionSetId`; with a disk encryption set, choose one of those types."
    package let defaultLevel = LintLevel.warning
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for entry in context.resources.entries where LintKnowledge.isType(entry.fullType, LintKnowledge.diskType, LintKnowledge.snapshotType) {
            let typeValue = entry.value(at: LintKnowledge.encryptionTypePath)
            let setValue = entry.value(at: LintKnowledge.diskEncryptionSetPath)
            let type = typeValue.flatMap { context.literalValue($0)?.stringValue }
            let hasSet = setValue.map { !$0.isNull && $0.stringValue != "" } ?? false
            if let type, LintKnowledge.customerKeyEncryptionTypes.contains(where: { JSONObject.equalIgnoringCase($0, type) }), !hasSet {
                out.append(context.finding(self,
                    "Resource '\(entry.displayName)' uses encryption type '\(type)' but sets no 'diskEncryptionSetId'.",
                    at: entry.path(of: LintKnowledge.encryptionTypePath)))
            } else if let type, JSONObject.equalIgnoringCase(type, LintKnowledge.platformKeyEncryptionType), hasSet {
                out.append(context.finding(self,
                    "Resource '\(entry.displayName)' sets a 'diskEncryptionSetId' but encryption type '\(type)' ignores it.",
                    at: entry.path(of: LintKnowledge.diskEncryptionSetPath)))
            }
        }
        return out
    }
}
