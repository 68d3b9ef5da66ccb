import ArmletJSON

/// Orders the deployed resources of a plan into batches and finds dependency cycles.
///
/// Edges: each resource's `dependsOn`; a nested deployment waits for its inner resources; in a
/// serial copy loop each batch waits for the previous one.
enum DependencyGraph {
    /// The batches, and the resource on a cycle when there is one.
    static func order(_ resources: [PlannedResource]) -> (batches: [[String]], cycle: PlannedResource?) {
        let deployed = resources.filter(\.isDeployed)
        var index: [String: Int] = [:]
        for (i, r) in deployed.enumerated() { index[r.id.lowercased()] = i }
        var edges = [Set<Int>](repeating: [], count: deployed.count)  // node → prerequisites
        for (i, r) in deployed.enumerated() {
            for d in r.dependsOn { if let j = index[d.lowercased()], j != i { edges[i].insert(j) } }
            if let parent = r.deployment, let j = index[parent.lowercased()] { edges[j].insert(i) }
        }
        addSerialBatches(deployed, index: index, edges: &edges)

        var remaining = Array(repeating: 0, count: deployed.count)
        var dependents = [[Int]](repeating: [], count: deployed.count)
        for (i, prerequisites) in edges.enumerated() {
            remaining[i] = prerequisites.count
            for j in prerequisites { dependents[j].append(i) }
        }
        var batches: [[String]] = []
        var ready = (0..<deployed.count).filter { remaining[$0] == 0 }
        var done = 0
        while !ready.isEmpty {
            batches.append(ready.map { deployed[$0].id })
            done += ready.count
            var next: [Int] = []
            for i in ready {
                for k in dependents[i] {
                    remaining[k] -= 1
                    if remaining[k] == 0 { next.append(k) }
                }
            }
            ready = next.sorted()
        }
        guard done < deployed.count else { return (batches, nil) }
        // A node left over is on a cycle or waits for one; report the first one that is on a cycle.
        let left = (0..<deployed.count).filter { remaining[$0] > 0 }
        for start in left where reaches(start, from: start, edges: edges) { return (batches, deployed[start]) }
        return (batches, left.first.map { deployed[$0] })
    }

    private static func reaches(_ target: Int, from start: Int, edges: [Set<Int>]) -> Bool {
        var stack = Array(edges[start])
        var seen: Set<Int> = []
        while let n = stack.popLast() {
            if n == target { return true }
            if seen.insert(n).inserted { stack += edges[n] }
        }
        return false
    }

    private static func addSerialBatches(_ deployed: [PlannedResource], index: [String: Int], edges: inout [Set<Int>]) {
        var loops: [String: [(Int, Int)]] = [:]  // loop key → (copy index, node)
        for (i, r) in deployed.enumerated() {
            guard let copy = r.copy, copy.isSerial else { continue }
            let key = (r.deployment ?? "") + "|" + r.path.description
            loops[key, default: []].append((copy.index, i))
        }
        for (_, members) in loops {
            let size = max(1, deployed[members[0].1].copy?.batchSize ?? 1)
            for (ci, node) in members where ci >= size {
                let previousBatch = ci / size - 1
                for (cj, other) in members where cj / size == previousBatch { edges[node].insert(other) }
            }
        }
    }
}
