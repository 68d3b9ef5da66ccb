import ArmletJSON
import Foundation
import JMESPath

/// The JMESPath benchmark cases of the compliance suite (`benchmarks.json`), measured as
/// parse only, search only (precompiled), and parse + search; each phase runs the whole set
/// `iterations` times. Returns no phases when the suite is not beside the repository.
func jmespathPhases(iterations: Int = 1000) -> [Phase] {
    let path = "../shared/conformance/jmespath/benchmarks.json"
    guard let data = FileManager.default.contents(atPath: path),
        let suites = try? JSONReader.value(String(decoding: data, as: UTF8.self)).arrayValue
    else { return [] }
    var cases: [(expression: String, given: JSONValue)] = []
    for suite in suites {
        for item in suite["cases"]?.arrayValue ?? [] {
            guard let expression = item["expression"]?.stringValue else { continue }
            cases.append((expression, suite["given"] ?? .null))
        }
    }
    let compiled = cases.compactMap { item in
        (try? JMESPathExpression(item.expression)).map { (query: $0, given: item.given) }
    }
    let bytes = cases.reduce(0) { $0 + $1.expression.utf8.count } * iterations
    let items = cases.count * iterations

    let parse = Phase(name: "JMESPath parse (bench ×\(iterations))", bytes: bytes, items: items) {
        var ok = 0
        for _ in 0..<iterations {
            for item in cases where (try? JMESPathExpression(item.expression)) != nil { ok += 1 }
        }
        return ok
    }
    let search = Phase(name: "JMESPath search (bench ×\(iterations))", bytes: 0, items: compiled.count * iterations) {
        var ok = 0
        for _ in 0..<iterations {
            for item in compiled where (try? item.query.search(item.given)) != nil { ok += 1 }
        }
        return ok
    }
    let full = Phase(name: "JMESPath parse+search (×\(iterations))", bytes: bytes, items: items) {
        var ok = 0
        for _ in 0..<iterations {
            for item in cases {
                guard let query = try? JMESPathExpression(item.expression), (try? query.search(item.given)) != nil
                else { continue }
                ok += 1
            }
        }
        return ok
    }
    return [parse, search, full]
}
