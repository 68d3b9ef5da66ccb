import Foundation
import Testing
import ArmletJSON
import ArmletTestSupport

/// Every real-world template of `../shared/corpus/templates/` survives JSON → YAML → JSON unchanged,
/// key order included.
struct YAMLCorpusTests {
    /// The corpus folder.
    static let corpus = PackagePaths.sharedRoot.appendingPathComponent("corpus/templates")

    @Test func everyCorpusTemplateRoundTripsThroughYAML() throws {
        let names = SharedFiles.jsonFiles(in: "corpus/templates").map(\.lastPathComponent)
        guard !names.isEmpty else { return }
        var compared = 0
        var unreadableJSON: [String] = []
        var failures: [String] = []
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: Self.corpus.appendingPathComponent(name)))
            let json: JSONValue
            do {
                json = try JSONReader.read(bytes, file: name).value
            } catch {
                unreadableJSON.append("\(name): \(error.message)")
                continue
            }
            let yaml = YAMLWriter.write(json)
            do {
                let document = try YAMLReader.read(yaml, file: name)
                if !yamlIdentical(document.value, json) {
                    failures.append("\(name): the value changed")
                } else if document.sourceMap.count != Self.valueCount(json) {
                    failures.append("\(name): \(document.sourceMap.count) positions for \(Self.valueCount(json)) values")
                } else {
                    compared += 1
                }
            } catch {
                failures.append("\(name): \(error.message)")
            }
        }
        print("YAML corpus round trip: \(names.count) .json files, \(compared) identical, "
              + "\(unreadableJSON.count) unreadable as JSON, \(failures.count) failed")
        for line in unreadableJSON { print("  not JSON: \(line)") }
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
        #expect(names.count == 670)
        #expect(compared + unreadableJSON.count == names.count)
        #expect(unreadableJSON.isEmpty)
    }

    static func valueCount(_ value: JSONValue) -> Int {
        switch value {
        case .array(let a): 1 + a.reduce(0) { $0 + valueCount($1) }
        case .object(let o): 1 + o.values.reduce(0) { $0 + valueCount($1) }
        default: 1
        }
    }
}
