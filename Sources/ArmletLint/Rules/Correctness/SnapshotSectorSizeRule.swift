import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `snapshot-sector-size`: a disk made from a 4096-byte-sector snapshot must be a SKU that takes such sectors.
package struct SnapshotSectorSizeRule: LintRule {
    package let id = "snapshot-sector-size"
    package let theme = LintTheme.correctness
    package let description = "A disk created from a snapshot with 4096-byte logical sectors must be Premium SSD v2 or Ultra Disk."
    package let rationale = "Only Premium SSD v2 (PremiumV2_LRS) and Ultra Disk (UltraSSD_LRS) support 4096-byte logical sectors; creating any other SKU from such a snapshot fails."
    package let help = "Set the disk's `sku.name` to PremiumV2_LRS or UltraSSD_LRS, or take the snapshot from a disk with 512-byte sectors."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        let snapshots = context.resources.entries(ofType: LintKnowledge.snapshotType).filter { entry in
            guard let size = entry.value(at: LintKnowledge.logicalSectorSizePath) else { return false }
            return context.literalValue(size)?.intValue == LintKnowledge.largeSectorSize
        }
        guard !snapshots.isEmpty else { return [] }
        let large = Set(snapshots.map(\.index))
        var out: [LintFinding] = []
        for disk in context.resources.entries(ofType: LintKnowledge.diskType) {
            guard let source = disk.value(at: LintKnowledge.sourceResourceIdPath)?.stringValue,
                  case .resources(let targets) = context.resources.resolveDependency(source),
                  let snapshot = targets.intersection(large).min()
            else { continue }
            let written = disk.value(at: LintKnowledge.skuNamePath)
            let sku: String?
            if let written {
                sku = context.literalValue(written)?.stringValue
            } else {
                sku = disk.schema?.defaultValue(path: LintKnowledge.skuNamePath)?.stringValue
            }
            guard let sku, !LintKnowledge.largeSectorDiskSKUs.contains(where: { JSONObject.equalIgnoringCase($0, sku) })
            else { continue }
            let snapshotName = context.resources.entries[snapshot].displayName
            let allowed = LintKnowledge.largeSectorDiskSKUs.joined(separator: "' or '")
            let how = written == nil ? "SKU '\(sku)' (the default)" : "SKU '\(sku)'"
            let path = written == nil ? disk.path(of: LintKnowledge.sourceResourceIdPath) : disk.path(of: LintKnowledge.skuNamePath)
            out.append(context.finding(self,
                "Disk '\(disk.displayName)' is created from snapshot '\(snapshotName)', which has 4096-byte logical sectors, "
                    + "but uses \(how); only '\(allowed)' accept such sectors.", at: path))
        }
        return out
    }
}
