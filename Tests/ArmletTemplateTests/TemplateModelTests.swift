import ArmletJSON
import Foundation
import Testing
@testable import ArmletTemplate

let symbolicTemplate = """
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "languageVersion": "2.0",
  "contentVersion": "1.0.0.0",
  "definitions": {
    "skuType": {"type": "string", "allowedValues": ["A", "B"]}
  },
  "parameters": {
    "Sku": {"$ref": "#/definitions/skuType"},
    "anything": {"nullable": true}
  },
  "variables": {
    "Prefix": "st",
    "copy": [{"name": "disks", "count": 2, "input": "[copyIndex('disks')]"}]
  },
  "functions": [
    {"namespace": "armlet", "members": {
      "greet": {"parameters": [{"name": "who", "type": "string"}],
                "output": {"type": "string", "value": "[concat('hi ', parameters('who'))]"}}
    }}
  ],
  "resources": {
    "storage": {
      "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "[variables('prefix')]",
      "copy": {"name": "loop", "count": 3, "mode": "Serial", "batchSize": 1},
      "dependsOn": ["vault"], "sku": {"name": "Standard_LRS"}, "extendedLocation": {"name": "edge"}
    },
    "vault": {"existing": true, "type": "Microsoft.KeyVault/vaults", "apiVersion": "2023-07-01", "name": "kv"}
  },
  "outputs": {
    "Names": {"type": "array", "copy": {"count": 2, "input": "[copyIndex()]"}},
    "typed": {"$ref": "#/definitions/skuType", "value": "A"}
  }
}
"""

@Suite struct TemplateModelTests {
    static func decoded() throws -> (Template, TemplateDecodeResult) {
        let r = try TestSupport.decode(symbolicTemplate, file: "sym.json")
        return (try #require(r.template), r)
    }

    @Test func decodesLanguageVersion2Template() throws {
        let (t, r) = try Self.decoded()
        #expect(r.diagnostics.isEmpty)
        #expect(t.usesSymbolicNames)
        #expect(t.resourceForm == .symbolic)
        #expect(t.resources.map(\.symbolicName) == ["storage", "vault"])
        let storage = try #require(t.resource(symbolicName: "STORAGE"))
        #expect(storage.copy == CopyLoop(name: "loop", path: JSONPath(pointer: "/resources/storage/copy"), count: 3,
                                         mode: .serial, batchSize: 1))
        #expect(storage.dependsOn == ["vault"])
        #expect(storage.dependsOnPath(0).description == "resources.storage.dependsOn[0]")
        #expect(storage.extra["extendedLocation"] == ["name": "edge"])
        #expect(t.resource(symbolicName: "vault")?.existing == true)
    }

    @Test func namesAreCaseInsensitive() throws {
        let (t, _) = try Self.decoded()
        #expect(t.parameters["sku"]?.name == "Sku")
        #expect(t.parameters["sku"]?.ref == "#/definitions/skuType")
        #expect(t.parameters["ANYTHING"]?.isRequired == false)
        #expect(t.variables["prefix"]?.value == "st")
        #expect(t.variableCopies["DISKS"]?.count == 2)
        #expect(t.outputs["names"]?.copy?.count == 2)
        #expect(t.outputs["typed"]?.type == nil)
        #expect(t.function(namespace: "ARMLET", name: "Greet")?.parameters.map(\.name) == ["who"])
        #expect(t.function(namespace: "armlet", name: "greet")?.outputType == .string)
        #expect(t.definitions["SKUTYPE"]?.type == .string)
    }

    @Test func refConstraintsApplyToSuppliedValues() throws {
        let (t, _) = try Self.decoded()
        let b = ParameterBinder.bind(NamedList([SuppliedParameter(name: "sku", value: "C")]), to: t)
        #expect(TestSupport.rendered(b.diagnostics) == [
            "error InvalidTemplate: The provided value 'C' for the template parameter 'Sku' is not valid. "
                + "The parameter value is not part of the allowed value(s): 'A,B'.",
        ])
    }

    @Test func toJSONShowsTheModel() throws {
        let (t, _) = try Self.decoded()
        let json = t.toJSON()
        #expect(json["languageVersion"] == "2.0")
        #expect(json["resourceForm"] == "symbolic")
        #expect(json["resources"]?[0]?["copy"] == ["name": "loop", "count": 3, "mode": "serial", "batchSize": 1])
        #expect(json["parameters"]?[0]?["path"] == "parameters.Sku")
        #expect(json["functions"]?[0]?["members"]?[0]?["outputType"] == "string")
    }

    @Test(arguments: [("securestring", TemplateType.secureString), ("SecureObject", .secureObject), ("INT", .int),
                      ("Bool", .bool), ("array", .array)])
    func typeNamesIgnoreCase(_ name: String, _ type: TemplateType) {
        #expect(TemplateType(armName: name) == type)
    }

    @Test func secureTypesAcceptTheirPlainKinds() {
        #expect(TemplateType.secureString.accepts("x"))
        #expect(TemplateType.secureObject.accepts(["a": 1]))
        #expect(!TemplateType.int.accepts(.double(1.5)))
        #expect(TemplateType(armName: "float") == nil)
    }

    @Test func expressionsAreRecognisedNotParsed() {
        #expect(JSONValue.string("[parameters('a')]").isTemplateExpression)
        #expect(!JSONValue.string("[[literal]").isTemplateExpression)
        #expect(JSONValue.object(JSONObject([("a", .array(["[x()]"]))])).containsTemplateExpression)
    }

    @Test func loaderReadsFilesAndThrowsDiagnostics() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("armlet-loader-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.jsonc")
        try symbolicTemplate.write(to: good, atomically: true, encoding: .utf8)
        let loaded = try TemplateLoader.load(path: good.path)
        #expect(loaded.template.resources.count == 2)

        let bad = dir.appendingPathComponent("bad.json")
        try #"{"resources": 1}"#.write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticList.self) { try TemplateLoader.load(path: bad.path) }
        #expect(throws: JSONReadError.fileNotFound(dir.appendingPathComponent("none.json").path)) {
            try TemplateLoader.load(path: dir.appendingPathComponent("none.json").path)
        }
        let yaml = dir.appendingPathComponent("t.yaml")
        try """
        $schema: https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#
        contentVersion: 1.0.0.0
        resources:
          - type: Microsoft.Compute/disks
            apiVersion: '2023-04-02'
            name: disk1
        """.write(to: yaml, atomically: true, encoding: .utf8)
        let fromYAML = try TemplateLoader.load(path: yaml.path)
        #expect(fromYAML.template.resources.first?.type == "Microsoft.Compute/disks")
        let badYAML = dir.appendingPathComponent("bad.yml")
        try "resources: 1\n".write(to: badYAML, atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticList.self) { try TemplateLoader.load(path: badYAML.path) }
    }

    @Test func limitsAreReported() throws {
        let params = (0..<257).map { "\"p\($0)\": {\"type\": \"int\", \"defaultValue\": 1}" }.joined(separator: ",")
        let outputs = (0..<65).map { "\"o\($0)\": {\"type\": \"int\", \"value\": 1}" }.joined(separator: ",")
        let json = "{\n\(header)\n\"parameters\": {\(params)},\n\"resources\": [],\n\"outputs\": {\(outputs)}\n}"
        let r = try TestSupport.decode(json)
        #expect(TestSupport.rendered(r.diagnostics) == [
            "t.json:3:1: error InvalidTemplate: Template validation failed: The number of template parameters '257' "
                + "exceeds the limit of '256'. Please see https://aka.ms/arm-template-limits for usage details.",
            "t.json:5:1: error InvalidTemplate: Template validation failed: The number of template outputs '65' "
                + "exceeds the limit of '64'. Please see https://aka.ms/arm-template-limits for usage details.",
        ])
    }

    @Test func parameterFileWithoutWrapperIsAccepted() {
        let (file, diags) = ParameterFileDecoder.decode(text: #"{"a": {"value": 1}}"#, file: "p.json")
        #expect(diags.isEmpty)
        #expect(file?.hasWrapper == false)
        #expect(file?.parameters["A"]?.value == 1)
        #expect(file?.parameters["a"]?.location == SourceLocation(file: "p.json", line: 1, column: 17))
    }
}
