import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// `dependson-cycle`: resources that depend on each other, directly or through others.
package struct DependsOnCycleRule: LintRule {
    package let id = "dependson-cycle"
    package let theme = LintTheme.correctness
    package let description = "Resource dependencies must not form a cycle."
    package let rationale = "ARM cannot order resources that wait for each other and fails with a circular dependency error."
    package let help = "Remove the dependsOn entry that closes the cycle; often one of the resources does not need the other at all."
    package let defaultLevel = LintLevel.error
    package init() {}

    package func check(_ context: LintContext) -> [LintFinding] {
        let entries = context.resources.entries
        var edges: [[(target: Int, entry: Int)]] = Array(repeating: [], count: entries.count)
        for e in entries {
            for (i, d) in e.resource.dependsOn.enumerated() {
                if case .resources(let targets) = context.resources.resolveDependency(d) {
                    for t in targets.sorted() { edges[e.index].append((t, i)) }
                }
            }
        }
        var out: [LintFinding] = []
        for component in StronglyConnected.components(count: entries.count, edges: edges.map { $0.map(\.target) }) {
            let members = Set(component)
            guard let first = component.min() else { continue }
            guard members.count > 1 || edges[first].contains(where: { $0.target == first }) else { continue }
            guard let edge = edges[first].first(where: { members.contains($0.target) }) else { continue }
            let cycle = StronglyConnected.cycle(from: first, within: members, edges: edges.map { $0.map(\.target) })
            let names = (cycle + [first]).map { "'\(entries[$0].displayName)'" }.joined(separator: " -> ")
            out.append(context.finding(self, "Resources depend on each other in a cycle: \(names).",
                                       at: entries[first].resource.dependsOnPath(edge.entry)))
        }
        return out
    }
}

/// Tarjan's strongly connected components over a small graph.
enum StronglyConnected {
    static func components(count: Int, edges: [[Int]]) -> [[Int]] {
        var index = 0
        var indices = [Int?](repeating: nil, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result: [[Int]] = []
        func visit(_ v: Int) {
            indices[v] = index
            low[v] = index
            index += 1
            stack.append(v)
            onStack[v] = true
            for w in edges[v] {
                if indices[w] == nil {
                    visit(w)
                    low[v] = min(low[v], low[w])
                } else if onStack[w], let iw = indices[w] {
                    low[v] = min(low[v], iw)
                }
            }
            if low[v] == indices[v] {
                var component: [Int] = []
                while let w = stack.popLast() {
                    onStack[w] = false
                    component.append(w)
                    if w == v { break }
                }
                result.append(component)
            }
        }
        for v in 0..<count where indices[v] == nil { visit(v) }
        return result.sorted { ($0.min() ?? 0) < ($1.min() ?? 0) }
    }

    /// A path from `start` back towards `start` inside `members` (without repeating `start` at the end).
    static func cycle(from start: Int, within members: Set<Int>, edges: [[Int]]) -> [Int] {
        var path = [start]
        var seen: Set<Int> = [start]
        var current = start
        while let next = edges[current].first(where: { members.contains($0) && ($0 == start || !seen.contains($0)) }) {
            if next == start { break }
            path.append(next)
            seen.insert(next)
            current = next
        }
        return path
    }
}
