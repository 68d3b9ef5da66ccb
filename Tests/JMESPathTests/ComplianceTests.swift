import ArmletJSON
import ArmletTestSupport
import Foundation
import JMESPath
import Testing

/// Every case of the JMESPath compliance suite, each as its own test.
@Suite("JMESPath compliance")
struct ComplianceTests {
    @Test("suite is present")
    func suiteIsPresent() {
        // Fails in CI (ARMLET_REQUIRE_SHARED), skips loudly elsewhere.
        _ = SharedFiles.url("conformance/jmespath")
    }

    @Test("case", arguments: ConformanceSuite.ids)
    func conformance(_ id: String) throws {
        let item = try #require(ConformanceSuite.byID[id])
        switch item.expectation {
        case .result(let expected):
            let actual = try JMESPathExpression(item.expression).search(item.given)
            #expect(
                StrictJSON.equal(actual, expected),
                "\(item.expression) gave \(StrictJSON.text(actual)), expected \(StrictJSON.text(expected))")
        case .error(let kind):
            do {
                let actual = try JMESPathExpression(item.expression).search(item.given)
                Issue.record("\(item.expression) gave \(StrictJSON.text(actual)), expected a \(kind) error")
            } catch {
                #expect(error.kind.rawValue == kind, "\(item.expression): \(error)")
            }
        case .runs:
            _ = try JMESPathExpression(item.expression).search(item.given)
        }
    }
}
