import ArmletJSON
import Foundation
import ArmletLint
import Testing

/// Inline suppressions: next-line and file forms, used and unused, JSONC and YAML.
@Suite struct SuppressionTests {
    func template(_ resources: String, header: String = "") -> String {
        """
        {
          \(header)"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
        \(resources)
          ]
        }
        """
    }

    let storage = """
        {
          "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2025-01-01", "name": "st1",
          // armlet-disable-next-line no-hardcoded-location -- this demo lives in one region
          "location": "westeurope"
        }
    """

    @Test func nextLineSuppressionSilencesOnlyThatLine() {
        let result = LintTestSupport.lint(template(storage))
        #expect(result.findings.isEmpty)
        #expect(result.suppressedCount == 1)
    }

    @Test func unusedAndUnknownSuppressionsAreReported() {
        let text = template(storage.replacingOccurrences(of: "\"location\": \"westeurope\"", with: "\"location\": \"global\"")
            .replacingOccurrences(of: "no-hardcoded-location", with: "no-hardcoded-location not-a-rule"))
        let result = LintTestSupport.lint(text)
        #expect(LintTestSupport.headlines(result.findings) == """
            template.json:7:35: warning unused-suppression: The suppression of 'no-hardcoded-location' is unused: the rule reports nothing on line 8. Remove it.
            template.json:7:57: warning unused-suppression: 'not-a-rule' is not an Armlet lint rule, so this suppression has no effect.

            """)
    }

    @Test func fileSuppressionCoversEveryLine() {
        let two = storage.replacingOccurrences(of: "      // armlet-disable-next-line no-hardcoded-location -- this demo lives in one region\n", with: "")
        let text = template(two + ",\n" + two.replacingOccurrences(of: "st1", with: "st2"),
                            header: "// armlet-disable-file no-hardcoded-location\n  ")
        let result = LintTestSupport.lint(text)
        #expect(result.findings.isEmpty)
        #expect(result.suppressedCount == 2)
    }

    @Test func suppressionOfARuleSwitchedOffIsNotUnused() {
        var configuration = LintConfiguration()
        configuration.override(rule: "no-hardcoded-location", level: .off)
        let text = template(storage.replacingOccurrences(of: "\"westeurope\"", with: "\"global\""))
        #expect(LintTestSupport.lint(text, configuration: configuration).findings.isEmpty)
    }

    @Test func commentTextInsideStringsIsNotASuppression() {
        let text = #"{"a": "// armlet-disable-file no-hardcoded-location", "b": "/* x */"}"#
        #expect(SuppressionScanner.scan(text).isEmpty)
    }

    @Test func yamlCommentsWork() {
        let text = """
        $schema: https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#
        contentVersion: 1.0.0.0
        resources:
          - type: Microsoft.Storage/storageAccounts
            apiVersion: "2025-01-01"
            name: st1
            # armlet-disable-next-line no-hardcoded-location
            location: westeurope
        """
        let result = LintTestSupport.lint(text, file: "t.yaml")
        #expect(result.findings.isEmpty)
        #expect(result.suppressedCount == 1)
    }
}
