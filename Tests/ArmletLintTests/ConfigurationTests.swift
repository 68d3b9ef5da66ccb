import ArmletJSON
import ArmletLint
import Foundation
import Testing

/// Configuration files: discovery by walking up, the Bicep-like shape, levels, options, precedence.
@Suite struct ConfigurationTests {
    let template = """
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "parameters": { "unused": { "type": "string" } },
      "resources": [
        { "type": "Microsoft.Compute/disks", "apiVersion": "2020-05-01", "name": "d", "location": "westeurope",
          "properties": { "creationData": { "createOption": "Empty" }, "diskSizeGB": 4, "networkAccessPolicy": "DenyAll" } }
      ]
    }
    """

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("armlet-lint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("infra/disks"), withIntermediateDirectories: true)
        return url
    }

    func ids(_ result: LintFileResult) -> [String: LintLevel] {
        var out: [String: LintLevel] = [:]
        for f in result.findings { out[f.ruleID] = f.level }
        return out
    }

    @Test func defaultsApplyWithoutAFile() {
        let found = ids(LintTestSupport.lint(template))
        #expect(found["no-unused-params"] == .warning)
        #expect(found["no-hardcoded-location"] == .warning)
        #expect(found["use-recent-api-versions"] == .warning)
    }

    @Test func discoveryWalksUpToTheNearestFile() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(#"{"analyzers": {"core": {"rules": {"no-unused-params": {"level": "off"}}}}}"#.utf8)
            .write(to: root.appendingPathComponent("armlet.json"))
        try Data("analyzers:\n  core:\n    rules:\n      no-unused-params:\n        level: error\n".utf8)
            .write(to: root.appendingPathComponent("infra/.armlet.yaml"))
        let deep = root.appendingPathComponent("infra/disks").path
        #expect(LintConfiguration.discover(from: deep) == root.appendingPathComponent("infra/.armlet.yaml").path)
        #expect(LintConfiguration.discover(from: root.path) == root.appendingPathComponent("armlet.json").path)

        let nearest = try LintConfiguration.load(path: try #require(LintConfiguration.discover(from: deep)),
                                                 knownRules: LintRuleRegistry.standard.ids)
        #expect(ids(LintTestSupport.lint(template, configuration: nearest))["no-unused-params"] == .error)
        let top = try LintConfiguration.load(path: root.appendingPathComponent("armlet.json").path,
                                             knownRules: LintRuleRegistry.standard.ids)
        #expect(ids(LintTestSupport.lint(template, configuration: top))["no-unused-params"] == nil)
    }

    @Test func commandLineOverridesBeatTheFileAndEnabledFalse() throws {
        let text = #"{"analyzers": {"core": {"enabled": false, "rules": {"no-hardcoded-location": {"level": "error"}}}}}"#
        var configuration = try LintConfiguration.parse(try JSONReader.read(text, file: "armlet.json"), source: "armlet.json",
                                                        knownRules: LintRuleRegistry.standard.ids)
        #expect(LintTestSupport.lint(template, configuration: configuration).findings.isEmpty)
        configuration.override(rule: "no-unused-params", level: .info)
        #expect(ids(LintTestSupport.lint(template, configuration: configuration)) == ["no-unused-params": .info])
    }

    @Test func ruleOptionsReachTheRule() throws {
        let text = #"{"analyzers": {"core": {"rules": {"use-recent-api-versions": {"level": "error", "maxAgeInDays": 4000}}}}}"#
        let configuration = try LintConfiguration.parse(try JSONReader.read(text, file: "armlet.json"), source: "armlet.json",
                                                        knownRules: LintRuleRegistry.standard.ids)
        #expect(ids(LintTestSupport.lint(template, configuration: configuration))["use-recent-api-versions"] == nil)
        let strict = try LintConfiguration.parse(
            try JSONReader.read(#"{"analyzers": {"core": {"rules": {"use-recent-api-versions": {"level": "error", "maxAgeInDays": 30}}}}}"#, file: "a.json"),
            source: "a.json", knownRules: LintRuleRegistry.standard.ids)
        #expect(ids(LintTestSupport.lint(template, configuration: strict))["use-recent-api-versions"] == .error)
    }

    @Test func badFilesAreLocatedErrorsAndUnknownRulesWarnings() throws {
        let bad = #"{"analyzers": {"core": {"rules": {"no-unused-params": {"level": "loud"}}}}}"#
        #expect(throws: LintConfigurationError.self) {
            try LintConfiguration.parse(try JSONReader.read(bad, file: "armlet.json"), source: "armlet.json", knownRules: [])
        }
        let unknown = try LintConfiguration.parse(
            try JSONReader.read(#"{"analyzers": {"core": {"rules": {"no-such-rule": {"level": "off"}}}}}"#, file: "armlet.json"),
            source: "armlet.json", knownRules: LintRuleRegistry.standard.ids)
        #expect(unknown.warnings == ["armlet.json: unknown lint rule 'no-such-rule' is ignored."])
    }
}
