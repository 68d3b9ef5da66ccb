import ArmletJSON
import Foundation

/// One case of the JMESPath compliance suite (`../shared/conformance/jmespath/*.json`).
struct ConformanceCase: Sendable {
    enum Expectation: Sendable {
        case result(JSONValue)
        case error(String)
        /// A benchmark case (`bench`): it must compile and search without an error.
        case runs
    }

    let id: String
    let given: JSONValue
    let expression: String
    let expectation: Expectation
}

/// The compliance suite, loaded once; each case has an id such as `basic.json#3`.
enum ConformanceSuite {
    /// `../shared/conformance/jmespath` beside the package root.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // JMESPathTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("../shared/conformance/jmespath")
        .standardizedFileURL

    static let cases: [ConformanceCase] = load()

    static let ids: [String] = cases.map(\.id)

    static let byID: [String: ConformanceCase] = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, $0) })

    static var isPresent: Bool { FileManager.default.fileExists(atPath: folder.path) }

    private static func load() -> [ConformanceCase] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var cases: [ConformanceCase] = []
        for name in names.filter({ $0.hasSuffix(".json") }).sorted() {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                let suites = try? JSONReader.value(String(decoding: data, as: UTF8.self)).arrayValue
            else {
                print("⚠️  JMESPath compliance file \(name) could not be read")
                continue
            }
            var number = 0
            for suite in suites {
                let given = suite["given"] ?? .null
                for item in suite["cases"]?.arrayValue ?? [] {
                    let expectation: ConformanceCase.Expectation
                    if let error = item["error"]?.stringValue {
                        expectation = .error(error)
                    } else if let result = item["result"] {
                        expectation = .result(result)
                    } else {
                        expectation = .runs
                    }
                    cases.append(ConformanceCase(
                        id: "\(name)#\(number)", given: given,
                        expression: item["expression"]?.stringValue ?? "", expectation: expectation))
                    number += 1
                }
            }
        }
        return cases
    }
}

/// JSON equality as JMESPath results need it: keys case-sensitive, member order ignored,
/// `1 == 1.0`. (``JSONValue``'s own `==` ignores key case.)
enum StrictJSON {
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)): return Double(x) == y
        case (.string(let x), .string(let y)): return Array(x.unicodeScalars) == Array(y.unicodeScalars)
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (key, value) in zip(x.keys, x.values) {
                let matches = zip(y.keys, y.values).filter { Array($0.0.unicodeScalars) == Array(key.unicodeScalars) }
                guard matches.count == 1, let other = matches.first, equal(value, other.1) else { return false }
            }
            return true
        default: return false
        }
    }

    /// Equal and of the same number kinds throughout (an `.int` is not a `.double`).
    static func identical(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.int, .double), (.double, .int): return false
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
        default: return equal(a, b)
        }
    }

    static func text(_ value: JSONValue) -> String {
        JSONWriter.write(value, style: .compact)
    }
}
