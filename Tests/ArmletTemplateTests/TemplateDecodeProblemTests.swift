import ArmletJSON
import Testing
@testable import ArmletTemplate

/// The common header of the test templates (schema and contentVersion on line 2).
let header = #""$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0","#

/// One decoder problem: a template and the exact diagnostics it must produce.
struct DecodeCase: CustomTestStringConvertible, Sendable {
    let name: String
    let json: String
    let expected: [String]
    init(_ name: String, _ json: String, _ expected: [String]) {
        self.name = name
        self.json = json
        self.expected = expected
    }
    var testDescription: String { name }
}

let decodeCases: [DecodeCase] = [
    DecodeCase("root-array", "[1]",
        [
            #"t.json:1:1: error InvalidTemplate: Template validation failed: The template must be a JSON object, but the document is of type 'Array'. Path '', line 1, position 1."#,
        ]),
    DecodeCase("missing-headers", #"{"resources": []}"#,
        [
            #"t.json:1:1: error InvalidTemplate: Template validation failed: Required property '$schema' not found in JSON. Path '', line 1, position 1."#,
            #"t.json:1:1: error InvalidTemplate: Template validation failed: Required property 'contentVersion' not found in JSON. Path '', line 1, position 1."#,
        ]),
    DecodeCase("bad-content-version", "{\n" + #""$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0", "resources": []}"#,
        [
            #"t.json:2:113: error InvalidTemplate: Template validation failed: The 'contentVersion' '1.0' is not valid; it must be four numbers separated by dots, such as '1.0.0.0'. Path 'contentVersion', line 2, position 113."#,
        ]),
    DecodeCase("unknown-top", "{\n" + header + "\n  \"resources\": [],\n  \"foo\": 1\n}",
        [
            #"t.json:4:3: error InvalidTemplate: Template validation failed: Could not find member 'foo' on object of type 'Template'. Path 'foo', line 4, position 3."#,
        ]),
    DecodeCase("resources-string", "{\n" + header + "\n  \"resources\": \"x\"\n}",
        [
            #"t.json:3:16: error InvalidTemplate: Template validation failed: Unexpected value of type 'String' where a value of type 'Array' is expected. Path 'resources', line 3, position 16."#,
        ]),
    DecodeCase("parameters-array", "{\n" + header + "\n  \"parameters\": [],\n  \"resources\": []\n}",
        [
            #"t.json:3:17: error InvalidTemplate: Template validation failed: Unexpected value of type 'Array' where a value of type 'Object' is expected. Path 'parameters', line 3, position 17."#,
        ]),
    DecodeCase("param-no-type", "{\n" + header + "\n  \"parameters\": {\n    \"p\": {}\n  },\n  \"resources\": []\n}",
        [
            #"t.json:4:10: error InvalidTemplate: Template validation failed: Required property 'type' not found in JSON. Path 'parameters.p', line 4, position 10."#,
        ]),
    DecodeCase("param-bad-type", "{\n" + header + "\n  \"parameters\": {\n    \"p\": {\"type\": \"float\"}\n  },\n  \"resources\": []\n}",
        [
            #"t.json:4:19: error InvalidTemplate: The template parameter 'p' at line '4' and column '5' is not valid: The type 'float' is not known; expected one of: string, securestring, int, bool, object, secureObject, array. Please see https://aka.ms/arm-syntax-parameters for usage details."#,
        ]),
    DecodeCase("param-default-mismatch", "{\n" + header + "\n  \"parameters\": {\n    \"p\": {\"type\": \"int\", \"defaultValue\": \"x\"}\n  },\n  \"resources\": []\n}",
        [
            #"t.json:4:42: error InvalidTemplate: The template parameter 'p' at line '4' and column '5' is not valid: The default value is of type 'String' but the parameter is of type 'Integer'. Please see https://aka.ms/arm-syntax-parameters for usage details."#,
        ]),
    DecodeCase("param-allowed-not-array", "{\n" + header + "\n  \"parameters\": {\n    \"p\": {\"type\": \"string\", \"allowedValues\": \"a\"}\n  },\n  \"resources\": []\n}",
        [
            #"t.json:4:46: error InvalidTemplate: Template validation failed: Unexpected value of type 'String' where a value of type 'Array' is expected. Path 'parameters.p.allowedValues', line 4, position 46."#,
        ]),
    DecodeCase("param-min-gt-max", "{\n" + header + "\n  \"parameters\": {\n    \"p\": {\"type\": \"int\", \"minValue\": 5, \"maxValue\": 1}\n  },\n  \"resources\": []\n}",
        [
            #"t.json:4:38: error InvalidTemplate: The template parameter 'p' at line '4' and column '5' is not valid: The 'minValue' 5 is greater than the 'maxValue' 1. Please see https://aka.ms/arm-syntax-parameters for usage details."#,
        ]),
    DecodeCase("resource-missing", "{\n" + header + "\n  \"resources\": [\n    {\"name\": \"a\"}\n  ]\n}",
        [
            #"t.json:4:5: error InvalidTemplate: Template validation failed: Required property 'type' not found in JSON. Path 'resources[0]', line 4, position 5."#,
            #"t.json:4:5: error InvalidTemplate: Template validation failed: Required property 'apiVersion' not found in JSON. Path 'resources[0]', line 4, position 5."#,
        ]),
    DecodeCase("copy-no-count", "{\n" + header + "\n  \"resources\": [\n    {\"type\": \"A.B/c\", \"apiVersion\": \"2020-01-01\", \"name\": \"a\",\n     \"copy\": {\"name\": \"loop\"}}\n  ]\n}",
        [
            #"t.json:5:14: error InvalidTemplate: Template validation failed: Required property 'count' not found in JSON. Path 'resources[0].copy', line 5, position 14."#,
        ]),
    DecodeCase("copy-no-name", "{\n" + header + "\n  \"resources\": [\n    {\"type\": \"A.B/c\", \"apiVersion\": \"2020-01-01\", \"name\": \"a\",\n     \"copy\": {\"count\": 2, \"mode\": \"sideways\"}}\n  ]\n}",
        [
            #"t.json:5:14: error InvalidTemplate: Template validation failed: Required property 'name' not found in JSON. Path 'resources[0].copy', line 5, position 14."#,
            #"t.json:5:35: error InvalidTemplate: The template resource 'a' at line '4' and column '5' is not valid: The copy mode 'sideways' is not valid; expected 'Serial' or 'Parallel'. Please see https://aka.ms/arm-syntax-resources for usage details."#,
        ]),
    DecodeCase("depends-not-strings", "{\n" + header + "\n  \"resources\": [\n    {\"type\": \"A.B/c\", \"apiVersion\": \"2020-01-01\", \"name\": \"a\",\n     \"dependsOn\": [1]}\n  ]\n}",
        [
            #"t.json:5:20: error InvalidTemplate: Template validation failed: Unexpected value of type 'Integer' where a value of type 'String' is expected. Path 'resources[0].dependsOn[0]', line 5, position 20."#,
        ]),
    DecodeCase("depends-not-array", "{\n" + header + "\n  \"resources\": [\n    {\"type\": \"A.B/c\", \"apiVersion\": \"2020-01-01\", \"name\": \"a\",\n     \"dependsOn\": \"b\"}\n  ]\n}",
        [
            #"t.json:5:19: error InvalidTemplate: Template validation failed: Unexpected value of type 'String' where a value of type 'Array' is expected. Path 'resources[0].dependsOn', line 5, position 19."#,
        ]),
    DecodeCase("symbolic-without-2", "{\n" + header + "\n  \"resources\": {\n    \"a\": {\"type\": \"A.B/c\", \"apiVersion\": \"2020-01-01\", \"name\": \"a\"}\n  }\n}",
        [
            #"t.json:3:16: error InvalidTemplate: Template validation failed: The 'resources' property is an object keyed by symbolic names, which requires 'languageVersion' '2.0'; this template declares none. Path 'resources', line 3, position 16."#,
        ]),
    DecodeCase("output-missing", "{\n" + header + "\n  \"resources\": [],\n  \"outputs\": {\n    \"o\": {}\n  }\n}",
        [
            #"t.json:5:10: error InvalidTemplate: Template validation failed: Required property 'type' not found in JSON. Path 'outputs.o', line 5, position 10."#,
            #"t.json:5:10: error InvalidTemplate: Template validation failed: Required property 'value' not found in JSON. Path 'outputs.o', line 5, position 10."#,
        ]),
    DecodeCase("copy-count-too-big", "{\n" + header + "\n  \"resources\": [\n    {\"type\": \"A.B/c\", \"apiVersion\": \"2020-01-01\", \"name\": \"a\",\n     \"copy\": {\"name\": \"l\", \"count\": 801}}\n  ]\n}",
        [
            #"t.json:5:37: error InvalidTemplate: Template validation failed: The copy count '801' is not valid; it must be between 0 and 800. Path 'resources[0].copy.count', line 5, position 37."#,
            #"t.json:3:3: error InvalidTemplate: Template validation failed: The number of resources '801' exceeds the limit of '800'. Please see https://aka.ms/arm-template-limits for usage details."#,
        ]),
]

@Suite struct TemplateDecodeProblemTests {
    @Test(arguments: decodeCases)
    func reportsProblem(_ c: DecodeCase) throws {
        let result = try TestSupport.decode(c.json)
        #expect(TestSupport.rendered(result.diagnostics) == c.expected)
        #expect(result.diagnostics.allSatisfy { $0.code == "InvalidTemplate" })
    }
}
