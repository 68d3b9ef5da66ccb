package import ArmletEngine
import ArmletJSON

/// Renders a ``WhatIfOperationResult`` as `az deployment group what-if` prints it, byte for byte.
///
/// The wording is pinned to azure-cli 2.91.0 (``noiseNotice``): the notice, the legend of the change
/// types used, resources grouped by scope, property deltas with aligned values, the summary line,
/// then potential changes and diagnostics. Colours are the CLI's xterm-256 codes and only appear
/// when ``colored`` is set. The text has no trailing newline (the CLI's `print` adds it).
package struct WhatIfRenderer: Sendable {
    /// The notice azure-cli 2.91.0 prints first (three lines; an empty line follows it).
    package static let noiseNotice = """
        Note: The result may contain false positive predictions (noise).
        You can help us improve the accuracy of the result by opening an issue here: https://aka.ms/WhatIfIssues
        NOTICE! - Want to get What-if without noise? Move to Deployment Stacks What-If https://aka.ms/stackswhatifGA
        """

    /// Whether to emit ANSI colours.
    package let colored: Bool
    /// Whether to print ``noiseNotice`` (off only to compare with documentation samples that predate it).
    package let includesNotice: Bool

    /// A renderer; colour off by default.
    package init(colored: Bool = false, includesNotice: Bool = true) {
        self.colored = colored
        self.includesNotice = includesNotice
    }

    /// The text for `result`.
    package func render(_ result: WhatIfOperationResult) -> String {
        var b = WhatIfTextBuilder(colored: colored)
        if includesNotice {
            b.line(Self.noiseNotice)
            b.line()
        }
        Self.writeLegend(&b, result.changes)
        Self.writeChanges(&b, result.changes, definite: true)
        Self.writeStats(&b, result.changes, definite: true)
        Self.writeChanges(&b, result.potentialChanges, definite: false)
        Self.writeStats(&b, result.potentialChanges, definite: false)
        Self.writeDiagnostics(&b, result)
        return b.text
    }

    // MARK: - Sections

    /// The legend entries: resource change types plus, recursively, property change types
    /// (`Array` shows as Modify, `NoEffect` as its own entry after Ignore).
    enum LegendEntry: Hashable {
        case change(WhatIfChangeType)
        case noEffect

        var weight: Int { if case .change(let t) = self { t.weight } else { 7 } }
        var symbol: String { if case .change(let t) = self { t.symbol } else { "x" } }
        var name: String { if case .change(let t) = self { t.legendName } else { "Noeffect" } }
        var color: WhatIfTextBuilder.Color { if case .change(let t) = self { t.color } else { .gray } }
    }

    static func writeLegend(_ b: inout WhatIfTextBuilder, _ changes: [WhatIfChange]) {
        guard !changes.isEmpty else { return }
        var used = Set<LegendEntry>()
        func collect(_ deltas: [WhatIfPropertyChange]) {
            for d in deltas {
                switch d.propertyChangeType {
                case .create: used.insert(.change(.create))
                case .delete: used.insert(.change(.delete))
                case .modify, .array: used.insert(.change(.modify))
                case .noEffect: used.insert(.noEffect)
                }
                collect(d.children)
            }
        }
        for c in changes {
            used.insert(.change(c.changeType))
            collect(c.delta)
        }
        let entries = used.sorted { $0.weight < $1.weight }
        b.append("Resource and property changes are indicated with ")
        b.line(entries.count == 1 ? "this symbol:" : "these symbols:")
        for e in entries {
            b.indent(1)
            b.append(e.symbol, e.color)
            b.append(" ")
            b.line(e.name)
        }
    }

    static func writeStats(_ b: inout WhatIfTextBuilder, _ changes: [WhatIfChange], definite: Bool) {
        if definite {
            b.line()
            b.append("Resource changes: ")
            if changes.isEmpty {
                b.append("no change.")
                return
            }
        } else if changes.isEmpty {
            return
        } else {
            b.line()
            b.append("Potential changes: ")
        }
        var counts: [(WhatIfChangeType, Int)] = []
        for type in WhatIfChangeType.allCases.sorted(by: { $0.weight < $1.weight }) {
            let n = changes.count(where: { $0.changeType == type })
            if n > 0 { counts.append((type, n)) }
        }
        b.append(counts.map { countText($0.0, $0.1) }.joined(separator: ", "))
        b.append(".")
    }

    static func countText(_ type: WhatIfChangeType, _ n: Int) -> String {
        switch type {
        case .create: "\(n) to create"
        case .delete: "\(n) to delete"
        case .deploy: "\(n) to deploy"
        case .modify: "\(n) to modify"
        case .ignore: "\(n) to ignore"
        case .noChange: "\(n) no change"
        case .unsupported: "\(n) unsupported"
        }
    }

    static func writeDiagnostics(_ b: inout WhatIfTextBuilder, _ result: WhatIfOperationResult) {
        let unsupported = (result.changes + result.potentialChanges).filter { $0.changeType == .unsupported }
        let total = unsupported.count + result.diagnostics.count
        guard total > 0 else { return }
        b.line()
        b.line()
        b.append("Diagnostics (\(total)): ")
        b.line()
        for c in unsupported {
            b.scoped(.darkYellow) { b in
                b.append(WhatIfResourceID(c.resourceId).relativeId)
                b.append(" (Unsupported) ")
                b.append(c.unsupportedReason ?? "")
                b.line()
            }
        }
        for d in result.diagnostics {
            let color: WhatIfTextBuilder.Color = switch d.level.lowercased() {
            case "error": .red
            case "warning": .darkYellow
            default: .reset
            }
            b.scoped(color) { b in
                b.append("\(d.target) (\(d.code)) \(d.message)")
                b.line()
            }
        }
    }

    static func writeChanges(_ b: inout WhatIfTextBuilder, _ changes: [WhatIfChange], definite: Bool) {
        guard !changes.isEmpty else { return }
        var groups: [(key: String, changes: [WhatIfChange])] = []
        var position: [String: Int] = [:]
        for c in changes {
            let key = WhatIfResourceID(c.resourceId).scope.uppercased()
            if let i = position[key] {
                groups[i].changes.append(c)
            } else {
                position[key] = groups.count
                groups.append((key, [c]))
            }
        }
        groups.sort { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
        b.line()
        b.append(definite ? "The deployment will update the following "
                          : "The following change MAY OR MAY NOT be deployed to the following ")
        b.line(groups.count == 1 ? "scope:" : "scopes:")
        for group in groups {
            guard let first = group.changes.first else { continue }
            b.line()
            b.line("Scope: \(WhatIfResourceID(first.resourceId).scope)")
            writeScope(&b, group.changes)
        }
    }

    static func writeScope(_ b: inout WhatIfTextBuilder, _ changes: [WhatIfChange]) {
        let sorted = changes.map { ($0, WhatIfResourceID($0.resourceId).relativeId) }.sorted { x, y in
            if x.0.changeType.weight != y.0.changeType.weight { return x.0.changeType.weight < y.0.changeType.weight }
            return x.1.unicodeScalars.lexicographicallyPrecedes(y.1.unicodeScalars)
        }
        var i = 0
        while i < sorted.count {
            let type = sorted[i].0.changeType
            b.push(type.color)
            while i < sorted.count, sorted[i].0.changeType == type {
                writeResource(&b, sorted[i].0, relativeId: sorted[i].1, isLast: i == sorted.count - 1)
                i += 1
            }
            b.pop()
        }
    }

    static func writeResource(_ b: inout WhatIfTextBuilder, _ change: WhatIfChange, relativeId: String, isLast: Bool) {
        b.line()
        b.indent(1)
        b.append(change.changeType.symbol + " ")
        b.append(relativeId)
        let apiVersion: String?
        if let before = change.before, !isEmptyPayload(before) {
            apiVersion = before["apiVersion"]?.stringValue
        } else {
            apiVersion = change.after?["apiVersion"]?.stringValue
        }
        if let apiVersion, !apiVersion.isEmpty {
            b.scoped(.reset) { $0.append(" [\(apiVersion)]") }
        }
        if change.changeType == .create, let after = change.after, !isEmptyPayload(after) {
            writeJSON(&b, after, level: 2)
        } else if change.changeType == .delete, let before = change.before, !isEmptyPayload(before) {
            writeJSON(&b, before, level: 2)
        } else if !change.delta.isEmpty {
            b.scoped(.reset) { b in
                b.line()
                writePropertyChanges(&b, sortedDeltas(change.delta), level: 2)
            }
        } else if isLast {
            b.line()
        }
    }

    static func isEmptyPayload(_ v: JSONValue) -> Bool {
        switch v {
        case .null: true
        case .object(let o): o.isEmpty
        case .array(let a): a.isEmpty
        case .string(let s): s.isEmpty
        case .bool(let x): !x
        case .int(let x): x == 0
        case .double(let x): x == 0
        }
    }
}
