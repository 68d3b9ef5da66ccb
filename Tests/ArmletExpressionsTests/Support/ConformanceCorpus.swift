import ArmletExpressions
import ArmletJSON
import Foundation

/// The shared function-conformance corpus (`../shared/conformance/functions` next to the package).
enum ConformanceCorpus {
    static let directory: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Support → ArmletExpressionsTests → Tests → package
        return url.deletingLastPathComponent().appendingPathComponent("shared/conformance/functions")
    }()

    static let caseNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let cases = names.filter { FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).appendingPathComponent("template.json").path) }.sorted()
        if cases.isEmpty {
            print("⚠️⚠️⚠️ SKIPPING function conformance: no cases found at \(directory.path) ⚠️⚠️⚠️")
        }
        return cases
    }()

    static func read(_ caseName: String, _ file: String) throws -> JSONValue? {
        let url = directory.appendingPathComponent(caseName).appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try JSONReader.read(Array(data), file: url.path).value
    }
}
