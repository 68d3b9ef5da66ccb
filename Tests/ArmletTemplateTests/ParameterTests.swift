import ArmletTestSupport
import ArmletJSON
import Testing
@testable import ArmletTemplate

let paramTemplate = TemplateFixtures.parameters

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
}
