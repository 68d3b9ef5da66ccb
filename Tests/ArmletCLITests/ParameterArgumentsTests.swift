import ArmletJSON
import ArmletTemplate
import ArmletTestSupport
import Testing
@testable import ArmletCLI

/// `--parameters` as `az deployment group create` reads them (the Azure CLI's syntax lives in ArmletCLI).
private let argumentsTemplate = TemplateFixtures.parameters

/// `--parameters` options and the merged values and diagnostics they must produce.
struct ArgumentsCase: CustomTestStringConvertible, Sendable {
    let name: String
    let options: [[String]]
    let values: String
    let expected: [String]
    init(_ name: String, _ options: [[String]], values: String, _ expected: [String]) {
        self.name = name
        self.options = options
        self.values = values
        self.expected = expected
    }
    var testDescription: String { name }
}

let parameterFiles: [String: String] = [
    "p.json": """
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
      "contentVersion": "1.0.0.0",
      "parameters": {
        "sku": {"value": "Standard_LRS"},
        "secret": {"reference": {"keyVault": {"id": "/subscriptions/x"}, "secretName": "s"}},
        "count": {"valu": 3},
        "flag": true
      }
    }
    """,
    "bare.json": #"{"sku": {"value": "Premium_LRS"}, "count": {"value": 4}}"#,
    "cfg.json": "{\"a\": 1}\n",
    "empty.json": "",
    "bad.json": "{\"sku\": {\"value\": \"x\",}}",
]

let argumentsCases: [ArgumentsCase] = [
    ArgumentsCase("file", [["p.json"]],
        values: #"["sku=\"Standard_LRS\"@p.json:5:22"]"#,
        [
            #"p.json:6:16: error KeyVaultReferenceNotSupported: The value of parameter 'secret' is a Key Vault reference. Armlet has no Key Vault and does not support Key Vault references; pass the value directly (for example --parameters secret=VALUE). Path 'parameters.secret.reference', line 6, position 16."#,
            #"p.json:7:15: error InvalidRequestContent: The request content was invalid and could not be deserialized: 'Could not find member 'valu' on object of type 'DeploymentParameterDefinition'. Path 'parameters.count.valu', line 7, position 15.'."#,
            #"p.json:7:14: error InvalidRequestContent: The parameter 'count' has neither a 'value' nor a 'reference'. Path 'parameters.count', line 7, position 14."#,
            #"p.json:8:13: error InvalidRequestContent: The request content was invalid and could not be deserialized: 'Unexpected value of type 'Boolean' where a value of type 'Object' is expected. Path 'parameters.flag', line 8, position 13.'. Each parameter must be written as {"value": ...}."#,
        ]),
    ArgumentsCase("at-file-then-kv", [["@bare.json"], ["count=5", "flag=TRUE", "zones=[\"1\"]", "cfg=@cfg.json", "secret=abc"]],
        values: #"["sku=\"Premium_LRS\"@bare.json:1:19", "count=5@-", "flag=true@-", "zones=[\"1\"]@-", "cfg={\"a\":1}@-", "secret=\"abc\"@-"]"#,
        []),
    ArgumentsCase("inline", [[#"{"sku": {"value": "Standard_LRS"}}"#, #"{"parameters": {"count": {"value": 3}}}"#]],
        values: #"["sku=\"Standard_LRS\"@<inline>:1:19", "count=3@<inline>:1:36"]"#,
        []),
    ArgumentsCase("bad", [["nope=1", "count=x", "zones=[1,", "justtext", "https://example.com/p.json", "@missing.json", "bad.json"]],
        values: #"[]"#,
        [
            #"error InvalidArgumentValue: unrecognized template parameter 'nope'. Allowed parameters: cfg, count, flag, prefix, secret, sku, zones"#,
            #"error InvalidArgumentValue: invalid literal for int() with base 10: 'x'"#,
            #"error InvalidArgumentValue: Failed to parse JSON for parameter 'zones': Unterminated array: '[' has no matching ']' at line 1 column 1."#,
            #"error InvalidArgumentValue: Unable to parse parameter: justtext"#,
            #"error InvalidArgumentValue: Parameters from a URI are not supported by Armlet, which works offline: https://example.com/p.json"#,
            #"error InvalidArgumentValue: The parameters file 'missing.json' could not be read."#,
            #"bad.json:1:23: error InvalidTemplate: Unexpected '}' after ','; a property name was expected at line 1 column 23."#,
        ]),
    ArgumentsCase("later-wins", [["count=1"], ["count=2", "SKU=Premium_LRS"]],
        values: #"["count=2@-", "SKU=\"Premium_LRS\"@-"]"#,
        []),
]

@Suite struct ParameterArgumentsTests {
    @Test(arguments: argumentsCases)
    func arguments(_ c: ArgumentsCase) throws {
        let t = try TemplateLoader.load(text: argumentsTemplate, file: "main.json").template
        let r = ParameterArguments(c.options).resolve(for: t) { parameterFiles[$0] }
        let values = r.parameters.map {
            "\($0.name)=\(JSONWriter.write($0.value, style: .compact))@\($0.location?.description ?? "-")"
        }
        #expect("\(values)" == c.values)
        #expect(r.diagnostics.map(\.rendered) == c.expected)
    }
}
