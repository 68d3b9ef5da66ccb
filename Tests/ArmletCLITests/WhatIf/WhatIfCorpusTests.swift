@testable import ArmletCLI
import ArmletJSON
import ArmletTestSupport
import ArmletTemplate
@testable import ArmletEngine
import Foundation
import Testing

/// Zero noise over the shared corpus: every template that expands what-ifs twice — against an
/// empty group (only Create, or Deploy/Unsupported) and, after its plan is deployed through the
/// standard providers, against its own deployment (no Modify, no Delete). The figures are pinned in
/// `Golden/whatif/corpus/summary.txt` (`ARMLET_UPDATE_GOLDEN=1`).
@Suite struct WhatIfCorpusTests {
    @Test func corpusHasNoFalseChanges() throws {
        guard let folder = SharedFiles.url("corpus/templates"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        var templates = 0, expanded = 0, resources = 0, nested = 0, putFailures = 0, shortCircuited = 0
        var firstCounts: [WhatIfChangeType: Int] = [:], secondCounts: [WhatIfChangeType: Int] = [:]
        var noEffect = 0
        var noisy: [String] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasSuffix(".parameters.json") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            guard let loaded = try? TemplateLoader.load(text: text, file: name) else { continue }
            templates += 1
            let supplied = CorpusParameters.supplied(for: loaded.template, name: name, folder: folder)
            let expansion = TemplateExpander.expand(loaded, parameters: supplied, context: WhatIfTestSupport.context)
            guard !expansion.hasErrors else { continue }
            expanded += 1
            let plan = expansion.plan
            resources += plan.deployedResources.count(where: { !WhatIfDiffer.isDeployment($0.type) })
            nested += plan.deployedResources.count(where: { WhatIfDiffer.isDeployment($0.type) })

            let empty = WhatIfDiffer().whatIf(plan: plan, current: [])
            shortCircuited += empty.diagnostics.count
            for c in empty.changes { firstCounts[c.changeType, default: 0] += 1 }
            let unexpected = empty.changes.filter { ![.create, .deploy, .unsupported].contains($0.changeType) }
            if !unexpected.isEmpty { noisy.append("\(name) (empty): \(unexpected.map { "\($0.changeType.rawValue) \($0.resourceId)" })") }

            let world = try WhatIfWorld()
            putFailures += world.deploy(plan)
            let again = WhatIfDiffer().whatIf(plan: plan, current: try world.current())
            for c in again.changes {
                secondCounts[c.changeType, default: 0] += 1
                noEffect += c.delta.count(where: { $0.propertyChangeType == .noEffect })
            }
            let false_ = again.changes.filter { $0.changeType == .modify || $0.changeType == .delete }
            if !false_.isEmpty {
                let first = false_[0]
                noisy.append("\(name) (redeploy): \(false_.count) change(s); first \(first.changeType.rawValue) \(first.resourceId) \(first.delta.map { "\($0.propertyChangeType.rawValue) \($0.path)" })")
            }
        }
        func line(_ counts: [WhatIfChangeType: Int]) -> String {
            WhatIfChangeType.allCases.sorted { $0.weight < $1.weight }
                .compactMap { t in counts[t].map { "\(t.rawValue) \($0)" } }.joined(separator: ", ")
        }
        let summary = """
            templates: \(templates), expanded: \(expanded), resources: \(resources) (+ \(nested) nested deployments expanded, \(shortCircuited) not expandable), provider PUTs refused: \(putFailures)
            against an empty group: \(line(firstCounts))
            against its own deployment: \(line(secondCounts)); NoEffect properties: \(noEffect)
            templates with false changes: \(noisy.count)
            """
        print("what-if corpus: " + summary.replacingOccurrences(of: "\n", with: " | "))
        try WhatIfTestSupport.expectGolden(([summary] + noisy).joined(separator: "\n") + "\n", "corpus/summary.txt")
        #expect(noisy.isEmpty, "\(noisy.prefix(10))")
        #expect(secondCounts[.modify] == nil && secondCounts[.delete] == nil)
        #expect(expanded > 600)
    }
}

/// Values for the parameters a corpus template requires: its sibling `.parameters.json`, else a
/// value of the declared type that honours allowed values and length/range limits.
enum CorpusParameters {
    static func supplied(for template: Template, name: String, folder: URL) -> NamedList<SuppliedParameter> {
        var out: [SuppliedParameter] = []
        let sibling = folder.appendingPathComponent(String(name.dropLast(5)) + ".parameters.json")
        var fromFile: NamedList<SuppliedParameter> = NamedList()
        if let text = try? String(contentsOf: sibling, encoding: .utf8),
           let file = ParameterFileDecoder.decode(text: text, file: sibling.lastPathComponent).0 {
            fromFile = file.parameters
        }
        for p in template.parameters {
            if let given = fromFile[p.name] {
                out.append(given)
            } else if p.defaultValue == nil && !p.nullable {
                out.append(SuppliedParameter(name: p.name, value: value(for: p)))
            }
        }
        return NamedList(out)
    }

    static func value(for p: ParameterDeclaration) -> JSONValue {
        if let first = p.allowedValues?.first {
            return p.typeName?.lowercased() == "array" ? .array([first]) : first
        }
        let lower = p.name.lowercased()
        switch p.typeName?.lowercased() ?? "string" {
        case "int": return .int(min(max(p.minValue ?? 1, 1), p.maxValue ?? Int64.max))
        case "bool": return false
        case "array": return .array([])
        case "object", "secureobject": return .object(JSONObject())
        default:
            var text: String
            if lower.contains("location") || lower.contains("region") {
                text = "westus"
            } else if lower.hasSuffix("id") && !["tenantid", "objectid", "principalid", "clientid"].contains(where: lower.hasSuffix) {
                text = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/"
                    + "Microsoft.Network/virtualNetworks/armletvnet/subnets/default"
            } else if lower.hasSuffix("id") || lower.contains("guid") {
                text = "00000000-0000-0000-0000-0000000000aa"
            } else if p.typeName?.lowercased() == "securestring" || lower.contains("password") {
                text = "Armlet-P@ssw0rd-1234"
            } else {
                text = "armlet" + lower.filter { $0.isLetter || $0.isNumber }
            }
            let minLength = Int(p.minLength ?? 0)
            while text.count < minLength { text += "x" }
            if let maxLength = p.maxLength.map(Int.init), text.count > maxLength {
                text = String(text.prefix(max(maxLength, minLength)))
            }
            return .string(text)
        }
    }
}
