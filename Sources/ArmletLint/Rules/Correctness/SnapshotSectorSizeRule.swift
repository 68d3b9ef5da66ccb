import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `snapshot-sector-size`: a disk made from a 4096-byte-sector snapshot must be a SKU that takes such sectors.
public struct SnapshotSectorSizeRule: LintRule {
    public let id = "snapshot-sector-size"
    public let theme = LintTheme.correctness
    public let description = "A disk created from a snapshot with 4096-byte logical sectors must be Premium SSD v2 or Ultra Disk."
    public let rationale = "Only Premium SSD v2 (PremiumV2_LRS) and Ultra Disk (UltraSSD_LRS) support 4096-byte logical sectors; creating any other SKU from such a snapshot fails."
    public let help = "Set the disk's `sku.name` to PremiumV2_LRS or UltraSSD_LRS, or take the snapshot from a disk with 512-byte sectors."
    public let defaultLevel = LintLevel.error
    public init() {}

    public func check(_ context: LintContext) -> [LintFinding] {
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
