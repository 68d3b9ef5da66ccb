import ArmletCatalog
import ArmletJSON

/// What the simulation knows about disk and snapshot SKUs beyond the catalog's enumerations:
/// the tier the service reports, logical sector sizes and default performance.
enum DiskSku {
    static let diskType = "Microsoft.Compute/disks"
    static let snapshotType = "Microsoft.Compute/snapshots"

    static let ultra = "UltraSSD_LRS"
    static let premiumV2 = "PremiumV2_LRS"

    /// `sku.tier` as DiskRP reports it (`Ultra` for UltraSSD_LRS, `Premium` for Premium_* and
    /// PremiumV2_LRS, `Standard` for the rest), per the REST examples.
    static func tier(of sku: String) -> String {
        if JSONObject.equalIgnoringCase(sku, ultra) { return "Ultra" }
        return sku.lowercased().hasPrefix("premium") ? "Premium" : "Standard"
    }

    /// Whether the SKU is Ultra or Premium SSD v2: 4096-byte sectors, background copies.
    static func isUltraOrPremiumV2(_ sku: String) -> Bool {
        JSONObject.equalIgnoringCase(sku, ultra) || JSONObject.equalIgnoringCase(sku, premiumV2)
    }

    /// The default SKU name of `type`, from the catalog (`Standard_LRS`).
    static func defaultName(type: String) -> String {
        ResourceCatalog.shared.schema(for: type)?.defaultValue(path: "sku.name")?.stringValue ?? "Standard_LRS"
    }

    /// The SKU name spelled as the catalog spells it (`premiumv2_lrs` → `PremiumV2_LRS`).
    static func canonicalName(_ sku: String, type: String) -> String {
        ResourceCatalog.shared.schema(for: type)?.property(at: "sku.name")?.enumValue(matching: sku) ?? sku
    }

    /// The logical sector size a new disk of `sku` gets when none is given or inherited (4096 for
    /// Ultra and Premium SSD v2, which report it; `nil` — 512, not reported — for the rest).
    static func defaultLogicalSectorSize(for sku: String) -> Int64? {
        isUltraOrPremiumV2(sku) ? 4096 : nil
    }

    /// Default provisioned performance of Ultra and Premium SSD v2 disks when the request gives none:
    /// Premium SSD v2's free baseline (3000 IOPS, 125 MB/s); for Ultra, 300 IOPS per GiB capped at
    /// 160,000 and 256 KiB per I/O capped at 4,000 MB/s (Armlet's approximation of the portal's defaults).
    static func defaultPerformance(for sku: String, sizeGB: Int64) -> (iops: Int64, mbps: Int64)? {
        if JSONObject.equalIgnoringCase(sku, premiumV2) { return (3000, 125) }
        if JSONObject.equalIgnoringCase(sku, ultra) {
            let iops = min(max(100, 300 * min(sizeGB, maximumSizeGB(for: sku))), 160_000)
            return (iops, min(max(1, iops / 4), 4000))
        }
        return nil
    }

    static let bytesPerGiB: Int64 = 1_073_741_824

    /// The largest disk of `sku` in GiB: 65,536 for Ultra and Premium SSD v2, 32,767 for the rest.
    static func maximumSizeGB(for sku: String) -> Int64 {
        isUltraOrPremiumV2(sku) ? 65_536 : 32_767
    }

    /// `sizeGB` in bytes, saturating instead of trapping (sizes are validated before this is reached).
    static func bytes(ofGiB sizeGB: Int64) -> Int64 {
        let (product, overflow) = sizeGB.multipliedReportingOverflow(by: bytesPerGiB)
        return overflow ? (sizeGB < 0 ? .min : .max) : product
    }

    /// The smallest upload: 20 MiB of data plus the 512-byte VHD footer.
    static let minimumUploadBytes: Int64 = 20 * 1_048_576 + 512
}
