import ArmletExpressions
import ArmletJSON
import Testing

@Suite("Resource, scope, deployment, lambda and CIDR functions")
struct ContextFunctionTests {
    static let values: [(String, JSONValue)] = [
        ("resourceId('Microsoft.Storage/storageAccounts', 'st')",
         "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/armlet-rg/providers/Microsoft.Storage/storageAccounts/st"),
        ("resourceId('Microsoft.Network/publicIPAddresses/', 'ip')",
         "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/armlet-rg/providers/Microsoft.Network/publicIPAddresses/ip"),
        ("resourceId('other', 'Microsoft.Sql/servers/databases', 's', 'd')",
         "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/other/providers/Microsoft.Sql/servers/s/databases/d"),
        ("subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg')",
         "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Resources/resourceGroups/rg"),
        ("tenantResourceId('Microsoft.Management/managementGroups', 'mg')", "/providers/Microsoft.Management/managementGroups/mg"),
        ("managementGroupResourceId('mg1', 'Microsoft.Authorization/policyDefinitions', 'p')",
         "/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/policyDefinitions/p"),
        ("extensionResourceId(resourceGroup().id, 'Microsoft.Authorization/locks', 'lock')",
         "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/armlet-rg/providers/Microsoft.Authorization/locks/lock"),
        ("resourceGroup().location", "westus"),
        ("subscription().subscriptionId", "00000000-0000-0000-0000-000000000001"),
        ("tenant().id", "/tenants/00000000-0000-0000-0000-000000000000"),
        ("environment().name", "AzureCloud"),
        ("deployment().name", "armlet-deployment"),
        ("filter(range(0, 6), lambda('i', equals(mod(lambdaVariables('i'), 2), 0)))", [0, 2, 4]),
        ("map(createArray('a', 'b'), lambda('x', 'i', concat(lambdaVariables('x'), string(lambdaVariables('i')))))", ["a0", "b1"]),
        ("reduce(createArray(1, 2, 3), 10, lambda('acc', 'x', add(lambdaVariables('acc'), lambdaVariables('x'))))", 16),
        ("sort(createArray(3, 1, 2), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))", [1, 2, 3]),
        ("toObject(createArray('a', 'b'), lambda('x', toUpper(lambdaVariables('x'))))", ["A": "a", "B": "b"]),
        ("groupBy(createArray('foo', 'bar', 'baz'), lambda('x', substring(lambdaVariables('x'), 0, 1)))", ["f": ["foo"], "b": ["bar", "baz"]]),
        ("mapValues(createObject('foo', 'foo'), lambda('v', toUpper(lambdaVariables('v'))))", ["foo": "FOO"]),
        ("map(range(0, 2), lambda('x', map(range(0, 2), lambda('y', add(mul(lambdaVariables('x'), 10), lambdaVariables('y'))))))", [[0, 1], [10, 11]]),
        ("parseCidr('10.144.0.0/20').broadcast", "10.144.15.255"),
        ("cidrSubnet('10.144.0.0/20', 24, 2)", "10.144.2.0/24"),
        ("cidrHost('10.144.3.0/24', 0)", "10.144.3.1"),
        ("cidrSubnet('fdad:3236:5555::/48', 52, 1)", "fdad:3236:5555:1000::/52"),
        ("cidrHost('fdad:3236:5555:3000::/52', 4)", "fdad:3236:5555:3000::5"),
        ("copyIndex('loop', 1)", 4),
    ]

    static var context: StaticEvaluationContext {
        var c = StaticEvaluationContext()
        c.copyIndices = ["loop": 3]
        return c
    }

    @Test(arguments: Self.values)
    func value(expression: String, expected: JSONValue) throws {
        #expect(try eval(expression, context: Self.context) == expected)
    }

    @Test func resourceIdAtSubscriptionAndTenantScope() throws {
        var c = StaticEvaluationContext()
        c.scope = .subscription
        #expect(try eval("resourceId('Microsoft.Authorization/roleDefinitions', 'r')", context: c)
            == "/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/roleDefinitions/r")
        c.scope = .tenant
        #expect(try eval("resourceId('Microsoft.Authorization/roleDefinitions', 'r')", context: c)
            == "/providers/Microsoft.Authorization/roleDefinitions/r")
    }

    @Test func stateFunctionsDelegateToTheContext() throws {
        var c = StaticEvaluationContext()
        c.referenceHandler = { args in ["primaryEndpoints": ["blob": .string("https://\(args[0].stringValue ?? "")/")]] }
        c.listHandler = { name, args in ["keys": [["value": .string("\(name):\(args.count)")]]] }
        #expect(try eval("reference('st', '2023-01-01').primaryEndpoints.blob", context: c) == "https://st/")
        #expect(try eval("listKeys('st', '2023-01-01').keys[0].value", context: c) == "listKeys:2")
    }

    @Test(arguments: [
        ("resourceId('Microsoft.Storage/storageAccounts')", "Unable to evaluate template language function 'resourceId': the type 'Microsoft.Storage/storageAccounts' requires '1' resource name argument(s). Please see https://aka.ms/arm-template-expressions for usage details."),
        ("lambda('x', 1)", "The template function 'lambda' is not expected at this location. Lambda functions can only be used as arguments of filter, map, reduce, sort, toObject, groupBy and mapValues. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("filter(createArray(1), 'x')", "Unable to evaluate template language function 'filter': the argument must be a lambda function. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("lambdaVariables('x')", "Unable to evaluate template language function 'lambdaVariables': the lambda variable 'x' is not defined. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("cidrSubnet('10.0.0.0/24', 16, 0)", "Unable to evaluate template language function 'cidrSubnet': the new CIDR prefix '16' must be between '24' and '32'. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("managementGroup()", "The template function 'managementGroup' is not expected at this location. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("copyIndex()", "The template function 'copyIndex' is not expected at this location. Please see https://aka.ms/arm-template-expressions for usage details."),
        ("reference('x')", "The template function 'reference' is not expected at this location. Please see https://aka.ms/arm-template-expressions for usage details."),
    ])
    func error(expression: String, message: String) {
        let error = evalError(expression)
        #expect(error?.code == "InvalidTemplate")
        #expect(error?.message == message)
    }
}
