import ArmletEngine
import ArmletJSON

/// Printing a delta tree: `symbol path: value` lines aligned per sibling group, `before => after`
/// for modified leaves, nested blocks for object and array changes.
extension WhatIfRenderer {
    static func sortedDeltas(_ deltas: [WhatIfPropertyChange]) -> [WhatIfPropertyChange] {
        deltas.sorted { x, y in
            if x.propertyChangeType.weight != y.propertyChangeType.weight {
                return x.propertyChangeType.weight < y.propertyChangeType.weight
            }
            return x.path.unicodeScalars.lexicographicallyPrecedes(y.path.unicodeScalars)
        }
    }

    static func writePropertyChanges(_ b: inout WhatIfTextBuilder, _ changes: [WhatIfPropertyChange], level: Int) {
        let maxPath = changes.filter(considersPath).map { $0.path.unicodeScalars.count }.max() ?? 0
        for change in changes {
            writePropertyChange(&b, change, maxPath: maxPath, level: level)
            b.line()
        }
    }

    /// Whether a change's path counts for alignment: its shown value is a leaf (array and no-effect
    /// changes count when they have no children).
    static func considersPath(_ c: WhatIfPropertyChange) -> Bool {
        switch c.propertyChangeType {
        case .create: isLeaf(c.after ?? .null)
        case .delete, .modify: isLeaf(c.before ?? .null)
        case .array, .noEffect: c.children.isEmpty
        }
    }

    static func writePropertyChange(_ b: inout WhatIfTextBuilder, _ c: WhatIfPropertyChange, maxPath: Int, level: Int) {
        let before = c.before ?? .null
        let after = c.after ?? .null
        switch c.propertyChangeType {
        case .create:
            writeChangePath(&b, c, shown: after, maxPath: maxPath, level: level)
            b.scoped(.green) { writeJSON(&$0, after, level: level + 1) }
        case .delete:
            writeChangePath(&b, c, shown: before, maxPath: maxPath, level: level)
            b.scoped(.orange) { writeJSON(&$0, before, level: level + 1) }
        case .modify:
            writeChangePath(&b, c, shown: before, maxPath: maxPath, level: level)
            writeModify(&b, c, level: level + 1)
        case .array:
            writeChangePath(&b, c, shown: .array(c.children.isEmpty ? [] : [.null]), maxPath: maxPath, level: level)
            writeArrayChange(&b, c, level: level + 1)
        case .noEffect:
            writeChangePath(&b, c, shown: after, maxPath: maxPath, level: level)
            b.scoped(.gray) { writeJSON(&$0, after, level: level + 1) }
        }
    }

    static func writeChangePath(_ b: inout WhatIfTextBuilder, _ c: WhatIfPropertyChange, shown: JSONValue?,
                                maxPath: Int, level: Int) {
        var padding = maxPath - c.path.unicodeScalars.count + 1
        if isNonEmptyArray(shown) { padding = 1 }
        if isNonEmptyObject(shown) { padding = 0 }
        if c.propertyChangeType == .modify, !c.children.isEmpty { padding = 0 }
        writePath(&b, c.path, padding: padding, level: level) { b in
            b.append(c.propertyChangeType.symbol, c.propertyChangeType.color)
            b.append(" ")
        }
    }

    static func writeModify(_ b: inout WhatIfTextBuilder, _ c: WhatIfPropertyChange, level: Int) {
        if !c.children.isEmpty {
            b.line()
            b.line()
            writePropertyChanges(&b, sortedDeltas(c.children), level: level)
            return
        }
        let before = c.before ?? .null
        let after = c.after ?? .null
        b.scoped(.orange) { writeJSON(&$0, before, level: level) }
        if isNonEmptyObject(before) {
            b.line()
            b.indent(level)
        } else {
            b.append(" ")
        }
        b.append("=>")
        if !isNonEmptyObject(after) { b.append(" ") }
        b.scoped(.green) { writeJSON(&$0, after, level: level) }
        if !isLeaf(before), isLeaf(after) { b.line() }
    }

    static func writeArrayChange(_ b: inout WhatIfTextBuilder, _ c: WhatIfPropertyChange, level: Int) {
        var level = level
        if c.path.isEmpty {
            // An array directly inside an array has no path: its bracket opens on its own line.
            level -= 1
            b.indent(level)
        }
        guard !c.children.isEmpty else {
            b.line("[]")
            return
        }
        b.append("[")
        b.line()
        let children = c.children.sorted { x, y in
            let ix = Int(x.path) ?? 0, iy = Int(y.path) ?? 0
            if ix != iy { return ix < iy }
            return x.propertyChangeType.weight < y.propertyChangeType.weight
        }
        writePropertyChanges(&b, children, level: level)
        b.indent(level)
        b.append("]")
    }
}
