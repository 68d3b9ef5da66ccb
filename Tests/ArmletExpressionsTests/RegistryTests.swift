import ArmletExpressions
import Testing

@Suite("Function registry")
struct RegistryTests {
    static let documented = """
        array concat contains createArray empty first last indexOf lastIndexOf indexFromEnd tryIndexFromEnd
        intersection union length min max range skip take flatten tryGet coalesce equals greater greaterOrEquals
        less lessOrEquals dateTimeAdd dateTimeFromEpoch dateTimeToEpoch utcNow deployment environment parameters
        variables deployer and bool false if not or true add copyIndex div float int mod mul sub createObject
        items json null objectKeys shallowMerge extensionResourceId managementGroupResourceId resourceId
        subscriptionResourceId tenantResourceId reference references pickZones providers resourceGroup
        subscription tenant managementGroup base64 base64ToJson base64ToString dataUri dataUriToString endsWith
        format guid join newGuid padLeft replace split startsWith string substring toLower toUpper trim
        uniqueString uri uriComponent uriComponentToString filter groupBy map mapValues reduce sort toObject
        lambda lambdaVariables parseCidr cidrSubnet cidrHost fail
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    @Test(arguments: Self.documented)
    func isRegistered(name: String) {
        #expect(FunctionRegistry.standard.lookup(name) != nil)
        #expect(FunctionRegistry.standard.lookup(name.uppercased()) != nil)
    }

    @Test func countsEveryFunctionOnce() {
        #expect(FunctionRegistry.standard.names.count == Set(Self.documented.map { $0.lowercased() }).count)
    }
}
