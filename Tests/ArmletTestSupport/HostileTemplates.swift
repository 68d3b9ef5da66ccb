import Foundation

/// Templates written to crash, hang or exhaust an evaluator (the clusters issue 14's fuzzing found), each
/// with the fragment of the clean error Armlet must answer with, or `nil` when the template is legitimate
/// and must be accepted. Shared by the expansion, CLI and server tests so every front door meets them all.
public enum HostileTemplates {
    /// One hostile template.
    public struct Case: Sendable {
        /// A short name, used for file names and test arguments.
        public let name: String
        /// The template's JSON text.
        public let text: String
        /// A fragment the error must contain; `nil` when the template must be accepted.
        public let expected: String?
    }

    /// Every case.
    public static let all: [Case] = [
        Case(name: "recursive-function", text: template(
            functions: #"[{"namespace": "x", "members": {"f": {"parameters": [{"name": "n", "type": "int"}], "#
                + #""output": {"type": "int", "value": "[x.f(parameters('n'))]"}}}}]"#,
            output: "[x.f(1)]", type: "int"), expected: "cannot be recursive"),
        Case(name: "mutually-recursive-functions", text: template(
            functions: #"[{"namespace": "x", "members": {"#
                + #""f": {"parameters": [{"name": "n", "type": "int"}], "output": {"type": "int", "value": "[x.g(parameters('n'))]"}}, "#
                + #""g": {"parameters": [{"name": "n", "type": "int"}], "output": {"type": "int", "value": "[x.f(parameters('n'))]"}}}}]"#,
            output: "[x.f(1)]", type: "int"), expected: "cannot be recursive"),
        Case(name: "date-from-epoch-max", text: template(output: "[dateTimeFromEpoch(9223372036854775807)]"),
             expected: "dateTimeFromEpoch"),
        Case(name: "date-add-overflow", text: template(output: "[dateTimeAdd('9999-12-31T00:00:00Z', 'P2D')]"),
             expected: "dateTimeAdd"),
        Case(name: "deep-expression", text: template(output: "[" + String(repeating: "concat(", count: 2_000)
                                                        + "'a'" + String(repeating: ")", count: 2_000) + "]"),
             expected: "levels deep"),
        Case(name: "index-chain", text: template(output: "[json('{}')" + String(repeating: "['a']", count: 3_000) + "]"),
             expected: "doesn't exist"),
        Case(name: "deep-index", text: template(output: "[" + String(repeating: "createArray(0)[", count: 1_000) + "0"
                                                   + String(repeating: "]", count: 1_000) + "]", type: "int"),
             expected: "levels deep"),
        Case(name: "long-expression", text: template(output: "['" + String(repeating: "a", count: 30_000) + "']"),
             expected: "24576"),
        Case(name: "deep-json", text: "{\"a\": " + String(repeating: "[", count: 5_000)
                + String(repeating: "]", count: 5_000) + "}", expected: "levels deep"),
        Case(name: "deep-json-accepted", text: template(
            variables: #""v": "# + String(repeating: "[", count: 400) + String(repeating: "]", count: 400),
            output: "[length(variables('v'))]", type: "int"), expected: nil),
        Case(name: "json-function-deep", text: template(
            output: "[json('" + String(repeating: "[", count: 3_000) + String(repeating: "]", count: 3_000) + "')]",
            type: "array"), expected: "levels deep"),
        Case(name: "range-huge", text: template(output: "[length(range(0, 100000000))]", type: "int"),
             expected: "range"),
        Case(name: "range-map", text: template(
            output: "[length(map(range(0, 10000), lambda('i', map(range(0, 10000), lambda('j', concat(string(lambdaVariables('i')), string(lambdaVariables('j'))))))))]",
            type: "int"), expected: "too costly"),
        Case(name: "padleft-huge", text: template(output: "[padLeft('a', 2000000000, 'b')]"), expected: "padLeft"),
        Case(name: "reduce-doubling", text: template(
            output: "[length(reduce(range(0, 60), 'ab', lambda('acc', 'x', concat(lambdaVariables('acc'), lambdaVariables('acc')))))]", type: "int"),
             expected: "too costly"),
        Case(name: "reduce-nesting", text: template(
            output: "[length(string(reduce(range(0, 5000), createArray(), lambda('acc', 'x', createArray(lambdaVariables('acc'))))))]",
            type: "int"), expected: "too costly"),
        Case(name: "replace-doubling", text: template(
            variables: #""s0": "ab", "# + (1...40).map { #""s\#($0)": "[replace(variables('s\#($0 - 1)'), 'a', variables('s\#($0 - 1)'))]""# }
                .joined(separator: ", "),
            output: "[length(variables('s40'))]", type: "int"), expected: "too costly"),
        Case(name: "string-of-huge-array", text: template(
            variables: #""a0": ["x"], "# + (1...40).map { #""a\#($0)": "[concat(variables('a\#($0 - 1)'), variables('a\#($0 - 1)'))]""# }
                .joined(separator: ", "),
            output: "[length(string(variables('a40')))]", type: "int"), expected: "too costly"),
        Case(name: "nested-fanout", text: template(
            functions: #"[{"namespace": "x", "members": {"# + (0...12).map { i in
                let body = i == 0 ? "[parameters('s')]"
                    : "[concat(x.f\(i - 1)(parameters('s')), x.f\(i - 1)(parameters('s')), x.f\(i - 1)(parameters('s')))]"
                return #""f\#(i)": {"parameters": [{"name": "s", "type": "string"}], "output": {"type": "string", "value": "\#(body)"}}"#
            }.joined(separator: ", ") + "}}]",
            output: "[length(x.f12('abcdefgh'))]", type: "int"), expected: "too costly"),
        Case(name: "variable-cycle", text: template(
            variables: #""a": "[variables('b')]", "b": "[variables('a')]""#, output: "[variables('a')]"),
             expected: "Circular reference"),
        Case(name: "pick-zones-offsets-accepted", text: template(
            output: "[concat(pickZones('Microsoft.Compute', 'virtualMachines', 'westus2', 3, 9223372036854775807), "
                + "pickZones('Microsoft.Compute', 'virtualMachines', 'westus2', 2, -9223372036854775808))]",
            type: "array"), expected: nil),
        Case(name: "variable-chain-accepted", text: template(
            variables: #""v0": "x", "# + (1...100).map { #""v\#($0)": "[concat(variables('v\#($0 - 1)'), 'x')]""# }
                .joined(separator: ", "),
            output: "[length(variables('v100'))]", type: "int"), expected: nil),
        Case(name: "copy-count-huge", text: template(
            variables: #""copy": [{"name": "v", "count": 1000000, "input": "[copyIndex('v')]"}]"#,
            output: "[length(variables('v'))]", type: "int"), expected: "copy"),
        Case(name: "resource-copy-huge", text: template(
            resources: #"[{"type": "Microsoft.Compute/disks", "apiVersion": "2023-04-02", "#
                + #""name": "[concat('d', copyIndex())]", "location": "westus", "copy": {"name": "c", "count": 100000}, "#
                + #""sku": {"name": "Standard_LRS"}, "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}]"#,
            output: "x"), expected: "copy"),
    ]

    /// The names of every case (test arguments).
    public static var names: [String] { all.map(\.name) }

    /// The case called `name`.
    public static func named(_ name: String) -> Case? { all.first { $0.name == name } }

    /// A template with the given sections and one output `o` of `type` holding `output`.
    public static func template(functions: String = "[]", variables: String = "", resources: String = "[]",
                                output: String, type: String = "string") -> String {
        let escaped = output.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "functions": \(functions),
          "variables": {\(variables)},
          "resources": \(resources),
          "outputs": {"o": {"type": "\(type)", "value": "\(escaped)"}}
        }
        """
    }
}
