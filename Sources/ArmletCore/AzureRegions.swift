/// Azure's public-cloud regions: normalised name → display name, as `az account list-locations` lists
/// them (physical regions plus the geography-wide logical ones that resource groups accept).
public enum AzureRegions {
    /// Normalised name → display name.
    public static let displayNames: [String: String] = {
        var table: [String: String] = [:]
        for (name, display) in list { table[name] = display }
        return table
    }()

    /// The physical regions (datacenters), in ``list`` order: what a regional resource such as a disk
    /// can be placed in. `global` and the geography-wide names follow them in ``list``.
    public static let physical: [String] = list.prefix { $0.name != "global" }.map(\.name)

    /// The regions in a stable order (Americas, Europe, Asia Pacific, Middle East and Africa, logical).
    public static let list: [(name: String, displayName: String)] = [
        ("eastus", "East US"), ("eastus2", "East US 2"), ("southcentralus", "South Central US"),
        ("westus2", "West US 2"), ("westus3", "West US 3"), ("centralus", "Central US"),
        ("northcentralus", "North Central US"), ("westus", "West US"), ("westcentralus", "West Central US"),
        ("canadacentral", "Canada Central"), ("canadaeast", "Canada East"), ("brazilsouth", "Brazil South"),
        ("brazilsoutheast", "Brazil Southeast"), ("mexicocentral", "Mexico Central"), ("chilecentral", "Chile Central"),
        ("northeurope", "North Europe"), ("westeurope", "West Europe"), ("uksouth", "UK South"),
        ("ukwest", "UK West"), ("francecentral", "France Central"), ("francesouth", "France South"),
        ("germanywestcentral", "Germany West Central"), ("germanynorth", "Germany North"),
        ("norwayeast", "Norway East"), ("norwaywest", "Norway West"), ("swedencentral", "Sweden Central"),
        ("swedensouth", "Sweden South"), ("switzerlandnorth", "Switzerland North"),
        ("switzerlandwest", "Switzerland West"), ("polandcentral", "Poland Central"), ("italynorth", "Italy North"),
        ("spaincentral", "Spain Central"), ("austriaeast", "Austria East"), ("belgiumcentral", "Belgium Central"),
        ("eastasia", "East Asia"), ("southeastasia", "Southeast Asia"), ("japaneast", "Japan East"),
        ("japanwest", "Japan West"), ("koreacentral", "Korea Central"), ("koreasouth", "Korea South"),
        ("australiaeast", "Australia East"), ("australiasoutheast", "Australia Southeast"),
        ("australiacentral", "Australia Central"), ("australiacentral2", "Australia Central 2"),
        ("centralindia", "Central India"), ("southindia", "South India"), ("westindia", "West India"),
        ("jioindiawest", "Jio India West"), ("jioindiacentral", "Jio India Central"),
        ("indonesiacentral", "Indonesia Central"), ("malaysiawest", "Malaysia West"),
        ("newzealandnorth", "New Zealand North"), ("taiwannorth", "Taiwan North"),
        ("uaenorth", "UAE North"), ("uaecentral", "UAE Central"), ("qatarcentral", "Qatar Central"),
        ("israelcentral", "Israel Central"), ("southafricanorth", "South Africa North"),
        ("southafricawest", "South Africa West"),
        ("eastus2euap", "East US 2 EUAP"), ("centraluseuap", "Central US EUAP"),
        ("global", "Global"),
        ("asia", "Asia"), ("asiapacific", "Asia Pacific"), ("australia", "Australia"), ("brazil", "Brazil"),
        ("canada", "Canada"), ("europe", "Europe"), ("france", "France"), ("germany", "Germany"),
        ("india", "India"), ("japan", "Japan"), ("korea", "Korea"), ("norway", "Norway"),
        ("singapore", "Singapore"), ("southafrica", "South Africa"), ("switzerland", "Switzerland"),
        ("uae", "United Arab Emirates"), ("uk", "United Kingdom"), ("unitedstates", "United States"),
        ("unitedstateseuap", "United States EUAP"),
    ]
}
