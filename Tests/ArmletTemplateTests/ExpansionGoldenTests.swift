import ArmletJSON
import ArmletTestSupport
import Foundation
import Testing
@testable import ArmletTemplate

/// Plans pinned as golden files under `Golden/expand/` (regenerate with `ARMLET_UPDATE_GOLDEN=1`).
@Suite struct ExpansionGoldenTests {
    @Test func seedTemplatePlan() throws {
        let path = TestSupport.packageRoot.appendingPathComponent("Templates/incremental-snapshot.json").path
        let loaded = try TemplateLoader.load(text: try String(contentsOfFile: path, encoding: .utf8),
                                             file: "Templates/incremental-snapshot.json")
        var context = DeploymentContext()
        context.deploymentName = "incremental-snapshot"
        let result = TemplateExpander.expand(loaded, context: context)
        #expect(result.diagnostics.isEmpty)
        let text = JSONWriter.write(result.plan.toJSON()) + "\n"
        Golden.expect(text, matches: TestSupport.goldenRoot.appendingPathComponent("expand/incremental-snapshot.plan.json"))
    }
}
