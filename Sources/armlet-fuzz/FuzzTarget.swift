#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArmletExpressions
import ArmletJSON
import ArmletTemplate
import JMESPath

/// What one fuzz input is fed to. Every target must return for every input — a clean error is fine —
/// without trapping, overflowing the stack, running for seconds or allocating without bound.
enum FuzzTarget: String, CaseIterable {
    /// The JSON reader with source positions.
    case json
    /// The YAML reader.
    case yaml
    /// One template-language expression, parsed and evaluated as a template output.
    case expression
    /// A whole template, read and expanded.
    case template
    /// A JMESPath query (first line) over a JSON document (the rest).
    case jmespath

    /// The target named by `ARMLET_FUZZ_TARGET`.
    static let selected: FuzzTarget? = {
        guard let name = getenv("ARMLET_FUZZ_TARGET") else { return nil }
        return FuzzTarget(rawValue: String(cString: name))
    }()

    /// The bounds each evaluation runs under: generous enough for real templates, small enough to
    /// keep thousands of executions a second.
    static var limits: EvaluationBudget.Limits {
        var limits = EvaluationBudget.Limits.standard(deadline: 2)
        limits.calls = 200_000
        limits.bytes = 16 << 20
        return limits
    }

    /// Feeds `bytes` to this target.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .json:
            _ = try? JSONReader.read(bytes, file: "fuzz.json")
        case .yaml:
            _ = try? YAMLReader.read(String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml")
        case .expression:
            let expression = String(decoding: bytes, as: UTF8.self)
            let escaped = JSONWriter.write(.string("[" + expression + "]"), style: .compact)
            Self.expand("""
            {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
             "contentVersion": "1.0.0.0", "variables": {"v": [1, "a", {"k": true}]},
             "resources": [], "outputs": {"o": {"type": "object", "value": {"x": \(escaped)}}}}
            """)
        case .template:
            Self.expand(String(decoding: bytes, as: UTF8.self))
        case .jmespath:
            let text = String(decoding: bytes, as: UTF8.self)
            let (query, document) = text.firstIndex(of: "\n").map { (String(text[..<$0]), String(text[$0...])) }
                ?? (text, "{}")
            guard let expression = try? JMESPathExpression(query) else { return }
            let value = (try? JSONReader.read(document, file: "fuzz.json").value) ?? .null
            _ = try? expression.search(value)
        }
    }

    private static func expand(_ text: String) {
        guard let loaded = try? TemplateLoader.load(text: text, file: "fuzz.json") else { return }
        var context = DeploymentContext()
        context.budget = EvaluationBudget(limits)
        _ = TemplateExpander.expand(loaded, parameters: NamedList(), context: context)
    }
}

