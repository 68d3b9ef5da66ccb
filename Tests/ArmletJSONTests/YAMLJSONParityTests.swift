import Testing
import ArmletJSON

/// JSON is YAML: reading a JSON template with ``YAMLReader`` gives the value and the positions
/// ``JSONReader`` gives.
struct YAMLJSONParityTests {
    static let template = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0", "名前": "値 🎉", "after": 1,
          "parameters": { "size": { "type": "int", "defaultValue": 32 }, "ratio": { "type": "string", "defaultValue": "1.5" } },
          "resources": [
            {
              "type": "Microsoft.Compute/disks",
              "name": "[concat('disk-', parameters('size'))]",
              "properties": { "diskSizeGB": 32, "burst": true, "zones": [ "1", null, 2.5 ], "tags": {} }
            }
          ]
        }
        """

    static func paths(_ value: JSONValue, _ path: [JSONPath.Component] = []) -> [JSONPath] {
        switch value {
        case .array(let a):
            [JSONPath(path)] + a.indices.flatMap { paths(a[$0], path + [.index($0)]) }
        case .object(let o):
            [JSONPath(path)] + o.members.flatMap { paths($0.value, path + [.key($0.key)]) }
        default:
            [JSONPath(path)]
        }
    }

    @Test func sameValueAndPositionsAsTheJSONReader() throws {
        let json = try JSONReader.read(Self.template, file: "t.json")
        let yaml = try YAMLReader.read(Self.template, file: "t.json")
        #expect(yamlIdentical(yaml.value, json.value))
        #expect(yaml.sourceMap.count == json.sourceMap.count)
        let all = Self.paths(json.value)
        #expect(all.count == 24)
        for path in all {
            #expect(yaml.sourceMap.location(at: path) == json.sourceMap.location(at: path), "\(path)")
            #expect(yaml.sourceMap.keyLocation(at: path) == json.sourceMap.keyLocation(at: path), "\(path)")
        }
    }
}
