import Testing
import ArmletJSON

/// The source map a YAML template produces: where each value and each key was written.
struct YAMLReaderLocationTests {
    static let template = """
        $schema: https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#
        contentVersion: 1.0.0.0
        parameters:
          name:
            type: string
            defaultValue: "[concat('a', 'b')]"
        resources:
          - type: Microsoft.Storage/storageAccounts
            tags: {a: 1, b: [x, y]}
            empty:
            list:
            - 1
            - 2.5
        """

    /// (pointer, value line, value column, key line, key column)
    static let positions: [(String, Int, Int, Int, Int)] = [
        ("", 1, 1, 1, 1),
        ("/$schema", 1, 10, 1, 1),
        ("/contentVersion", 2, 17, 2, 1),
        ("/parameters", 4, 3, 3, 1),
        ("/parameters/name", 5, 5, 4, 3),
        ("/parameters/name/type", 5, 11, 5, 5),
        ("/parameters/name/defaultValue", 6, 19, 6, 5),
        ("/resources", 8, 3, 7, 1),
        ("/resources/0", 8, 5, 8, 5),
        ("/resources/0/type", 8, 11, 8, 5),
        ("/resources/0/tags", 9, 11, 9, 5),
        ("/resources/0/tags/a", 9, 15, 9, 12),
        ("/resources/0/tags/b", 9, 21, 9, 18),
        ("/resources/0/tags/b/1", 9, 25, 9, 25),
        ("/resources/0/empty", 10, 11, 10, 5),
        ("/resources/0/list", 12, 5, 11, 5),
        ("/resources/0/list/0", 12, 7, 12, 7),
        ("/resources/0/list/1", 13, 7, 13, 7),
    ]

    @Test(arguments: positions)
    func valueAndKeyLocations(pointer: String, line: Int, column: Int, keyLine: Int, keyColumn: Int) throws {
        let document = try YAMLReader.read(Self.template, file: "main.yaml")
        #expect(document.sourceMap.location(pointer: pointer)
                == SourceLocation(file: "main.yaml", line: line, column: column))
        #expect(document.sourceMap.keyLocation(at: JSONPath(pointer: pointer))
                == SourceLocation(file: "main.yaml", line: keyLine, column: keyColumn))
    }

    @Test func everyValueIsRecordedOnce() throws {
        let document = try YAMLReader.read(Self.template, file: "main.yaml")
        // root, 2 scalars, parameters/name/{type,defaultValue}, resources/0/{type,tags/{a,b/{x,y}},empty,list/{1,2.5}}
        #expect(document.sourceMap.count == 19)
        #expect(document.sourceMap.location(pointer: "/resources/1") == nil)
        #expect(document.sourceMap.location(pointer: "/nope") == nil)
    }

    @Test func keysAreFoundIgnoringCase() throws {
        let document = try YAMLReader.read(Self.template)
        #expect(document.sourceMap.location(pointer: "/PARAMETERS/Name/DefaultValue")
                == SourceLocation(file: "", line: 6, column: 19))
    }

    @Test func valuesReadAsInJSON() throws {
        let document = try YAMLReader.read(Self.template)
        let expected: JSONValue = [
            "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
            "contentVersion": "1.0.0.0",
            "parameters": ["name": ["type": "string", "defaultValue": "[concat('a', 'b')]"]],
            "resources": [[
                "type": "Microsoft.Storage/storageAccounts",
                "tags": ["a": 1, "b": ["x", "y"]],
                "empty": nil,
                "list": [1, 2.5],
            ]],
        ]
        #expect(document.value == expected)
        #expect(document.value.objectValue?.keys == ["$schema", "contentVersion", "parameters", "resources"])
    }

    @Test func aliasesResolveToTheAnchoredValue() throws {
        let yaml = """
            defaults: &tags
              env: prod
              owner: ops
            resources:
              - name: a
                tags: *tags
              - name: b
                tags: *tags
            location: &loc westeurope
            other: *loc

            """
        let document = try YAMLReader.read(yaml)
        let tags: JSONValue = ["env": "prod", "owner": "ops"]
        #expect(document.value["resources"]?[0]?["tags"] == tags)
        #expect(document.value["resources"]?[1]?["tags"] == tags)
        #expect(document.value["other"] == "westeurope")
        // An alias carries the positions of the value it names.
        #expect(document.sourceMap.location(pointer: "/resources/1/tags/owner")
                == SourceLocation(file: "", line: 3, column: 10))
        #expect(document.sourceMap.keyLocation(at: JSONPath(pointer: "/resources/1/tags"))
                == SourceLocation(file: "", line: 8, column: 5))
    }
}
