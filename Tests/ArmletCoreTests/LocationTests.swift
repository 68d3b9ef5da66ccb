import ArmletCore
import Testing

@Suite struct LocationTests {
    @Test func normalisesAsARMStoresIt() {
        #expect(Location("West US 2").name == "westus2")
        #expect(Location.same("East US", "eastus") && !Location.same("eastus", "eastus2"))
        #expect(Location("westus2").displayName == "West US 2")
        #expect(Location("Atlantis").displayName == "atlantis" && !Location("atlantis").isKnownRegion)
    }

    @Test func regionTableHasUniqueNormalisedNames() {
        let names = AzureRegions.list.map(\.name)
        #expect(Set(names).count == names.count)
        for (name, display) in AzureRegions.list { #expect(Location(display).name == name || name.hasSuffix("euap") || name == "uae" || name == "uk" || name == "unitedstateseuap", "\(display)") }
    }
}
