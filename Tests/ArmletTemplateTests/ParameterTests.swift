import ArmletJSON
import Testing
@testable import ArmletTemplate

let paramTemplate = """
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "sku": {"type": "string", "allowedValues": ["Standard_LRS", "Premium_LRS"]},
    "count": {"type": "int", "minValue": 1, "maxValue": 5, "defaultValue": 2},
    "prefix": {"type": "string", "minLength": 3, "maxLength": 5, "defaultValue": "[resourceGroup().name]"},
    "secret": {"type": "securestring"},
    "zones": {"type": "array", "allowedValues": ["1", "2", "3"], "defaultValue": []},
    "flag": {"type": "bool", "defaultValue": false},
    "cfg": {"type": "object", "nullable": true}
  },
  "resources": []
}
"""

/// A set of supplied values and what binding them to `paramTemplate` must produce.
struct BindCase: CustomTestStringConvertible, Sendable {
    let name: String
    let supplied: [SuppliedParameter]
    let pending: [String]
    let bound: String
    let expected: [String]
    init(_ name: String, _ supplied: [SuppliedParameter], pending: [String], bound: String, _ expected: [String]) {
        self.name = name
        self.supplied = supplied
        self.pending = pending
        self.bound = bound
        self.expected = expected
    }
    var testDescription: String { name }
}

let bindCases: [BindCase] = [
    BindCase("ok", [.init(name: "SKU", value: "Premium_LRS"), .init(name: "secret", value: "x")],
        pending: ["prefix"],
        bound: #"["sku:supplied", "count:defaultValue", "prefix:defaultExpression", "secret:supplied", "zones:defaultValue", "flag:defaultValue", "cfg:null"]"#,
        []),
    BindCase("missing", [],
        pending: ["prefix"],
        bound: #"["count:defaultValue", "prefix:defaultExpression", "zones:defaultValue", "flag:defaultValue", "cfg:null"]"#,
        [
            #"main.json:5:5: error InvalidTemplate: The value for the template parameter 'sku' at line '5' and column '5' is not provided. Please see https://aka.ms/resource-manager-parameter-files for usage details."#,
            #"main.json:8:5: error InvalidTemplate: The value for the template parameter 'secret' at line '8' and column '5' is not provided. Please see https://aka.ms/resource-manager-parameter-files for usage details."#,
        ]),
    BindCase("not-allowed", [.init(name: "sku", value: "Basic", location: SourceLocation(file: "p.json", line: 5, column: 16)), .init(name: "secret", value: "x")],
        pending: ["prefix"],
        bound: #"["sku:supplied", "count:defaultValue", "prefix:defaultExpression", "secret:supplied", "zones:defaultValue", "flag:defaultValue", "cfg:null"]"#,
        [
            #"p.json:5:16: error InvalidTemplate: The provided value 'Basic' for the template parameter 'sku' at line '5' and column '5' is not valid. The parameter value is not part of the allowed value(s): 'Standard_LRS,Premium_LRS'."#,
        ]),
    BindCase("type", [.init(name: "sku", value: "Standard_LRS"), .init(name: "secret", value: 5), .init(name: "count", value: "3")],
        pending: ["prefix"],
        bound: #"["sku:supplied", "count:supplied", "prefix:defaultExpression", "secret:supplied", "zones:defaultValue", "flag:defaultValue", "cfg:null"]"#,
        [
            #"main.json:6:5: error InvalidTemplate: The provided value for the template parameter 'count' is not valid. Expected a value of type 'Integer', but received a value of type 'String'. Please see https://aka.ms/resource-manager-parameter-files for usage details."#,
            #"main.json:8:5: error InvalidTemplate: The provided value for the template parameter 'secret' is not valid. Expected a value of type 'String', but received a value of type 'Integer'. Please see https://aka.ms/resource-manager-parameter-files for usage details."#,
        ]),
    BindCase("range", [.init(name: "sku", value: "Standard_LRS"), .init(name: "secret", value: "s"), .init(name: "count", value: 9), .init(name: "prefix", value: "ab")],
        pending: [],
        bound: #"["sku:supplied", "count:supplied", "prefix:supplied", "secret:supplied", "zones:defaultValue", "flag:defaultValue", "cfg:null"]"#,
        [
            #"main.json:6:5: error InvalidTemplate: The provided value '9' for the template parameter 'count' at line '6' and column '5' is not valid. The parameter value is greater than the maximum allowed value '5'."#,
            #"main.json:7:5: error InvalidTemplate: The provided value 'ab' for the template parameter 'prefix' at line '7' and column '5' is not valid. The parameter value length '2' is less than the minimum allowed length '3'."#,
        ]),
    BindCase("range2", [.init(name: "sku", value: "Standard_LRS"), .init(name: "secret", value: "s"), .init(name: "count", value: 0), .init(name: "prefix", value: "abcdef")],
        pending: [],
        bound: #"["sku:supplied", "count:supplied", "prefix:supplied", "secret:supplied", "zones:defaultValue", "flag:defaultValue", "cfg:null"]"#,
        [
            #"main.json:6:5: error InvalidTemplate: The provided value '0' for the template parameter 'count' at line '6' and column '5' is not valid. The parameter value is less than the minimum allowed value '1'."#,
            #"main.json:7:5: error InvalidTemplate: The provided value 'abcdef' for the template parameter 'prefix' at line '7' and column '5' is not valid. The parameter value length '6' is greater than the maximum allowed length '5'."#,
        ]),
    BindCase("array-allowed", [.init(name: "sku", value: "Standard_LRS"), .init(name: "secret", value: "s"), .init(name: "zones", value: ["1", "4"])],
        pending: ["prefix"],
        bound: #"["sku:supplied", "count:defaultValue", "prefix:defaultExpression", "secret:supplied", "zones:supplied", "flag:defaultValue", "cfg:null"]"#,
        [
            #"main.json:9:5: error InvalidTemplate: The provided value '["1","4"]' for the template parameter 'zones' at line '9' and column '5' is not valid. The parameter value is not part of the allowed value(s): '1,2,3'."#,
        ]),
    BindCase("unknown", [.init(name: "sku", value: "Standard_LRS"), .init(name: "secret", value: "s"), .init(name: "foo", value: 1), .init(name: "bar", value: 2)],
        pending: ["prefix"],
        bound: #"["sku:supplied", "count:defaultValue", "prefix:defaultExpression", "secret:supplied", "zones:defaultValue", "flag:defaultValue", "cfg:null"]"#,
        [
            #"error InvalidTemplate: The following parameters were supplied, but do not correspond to any parameters defined in the template: 'foo, bar'. The parameters defined in the template are: 'sku, count, prefix, secret, zones, flag, cfg'. Please see https://aka.ms/arm-pass-parameter-values for usage details."#,
        ]),
]

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

@Suite struct ParameterTests {
    static func template() throws -> (Template, SourceMap) {
        let doc = try JSONReader.read(paramTemplate, file: "main.json")
        return (try #require(TemplateDecoder.decode(doc).template), doc.sourceMap)
    }

    @Test(arguments: bindCases)
    func binding(_ c: BindCase) throws {
        let (t, map) = try Self.template()
        let b = ParameterBinder.bind(NamedList(c.supplied), to: t, templateMap: map)
        #expect(b.pendingEvaluation == c.pending)
        #expect("\(b.parameters.map { "\($0.name):\($0.source)" })" == c.bound)
        #expect(TestSupport.rendered(b.diagnostics) == c.expected)
    }

    @Test(arguments: argumentsCases)
    func arguments(_ c: ArgumentsCase) throws {
        let (t, _) = try Self.template()
        let r = ParameterArguments(c.options).resolve(for: t) { parameterFiles[$0] }
        let values = r.parameters.map {
            "\($0.name)=\(JSONWriter.write($0.value, style: .compact))@\($0.location?.description ?? "-")"
        }
        #expect("\(values)" == c.values)
        #expect(TestSupport.rendered(r.diagnostics) == c.expected)
    }
}
