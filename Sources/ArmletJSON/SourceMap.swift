/// Where every value of a parsed document was written: JSON path → file, line and column.
///
/// The map stores positions in document order (a flat pre-order list with subtree sizes), so
/// building it costs a few integers per value; a lookup walks the path through the retained
/// root value. Both the JSON and the YAML readers produce it.
public struct SourceMap: Sendable {
    /// The file name given to the reader.
    public let file: String
    let root: JSONValue
    let nodes: [SourceMapNode]

    /// An empty map for values that were not read from a file.
    public static func empty(file: String = "") -> SourceMap {
        SourceMap(file: file, root: .null, builder: SourceMapBuilder())
    }

    init(file: String, root: JSONValue, builder: SourceMapBuilder) {
        self.file = file
        self.root = root
        self.nodes = builder.nodes
    }

    /// The number of values recorded.
    public var count: Int { nodes.count }

    /// Where the value at `path` starts, or `nil` when the path is not in the document.
    public func location(at path: JSONPath) -> SourceLocation? {
        guard let node = node(at: path) else { return nil }
        return SourceLocation(file: file, line: Int(nodes[node].valueLine), column: Int(nodes[node].valueColumn))
    }

    /// Where the member name of the value at `path` is written (the value's own position for
    /// array elements and the root).
    public func keyLocation(at path: JSONPath) -> SourceLocation? {
        guard let node = node(at: path) else { return nil }
        let n = nodes[node]
        if n.keyLine > 0 {
            return SourceLocation(file: file, line: Int(n.keyLine), column: Int(n.keyColumn))
        }
        return SourceLocation(file: file, line: Int(n.valueLine), column: Int(n.valueColumn))
    }

    /// The nearest recorded location for `path`: the path itself, or its closest ancestor.
    public func nearestLocation(at path: JSONPath) -> SourceLocation? {
        var p = path
        while true {
            if let loc = keyLocation(at: p) { return loc }
            if p.components.isEmpty { return nil }
            p = p.parent
        }
    }

    /// The location at a JSON pointer (`/resources/0/name`).
    public func location(pointer: String) -> SourceLocation? {
        location(at: JSONPath(pointer: pointer))
    }

    private func node(at path: JSONPath) -> Int? {
        guard !nodes.isEmpty else { return nil }
        var node = 0
        var value = root
        for component in path.components {
            let position: Int
            switch (component, value) {
            case (.key(let k), .object(let o)):
                guard let i = o.position(of: k) else { return nil }
                position = i
                value = o.values[i]
            case (.index(let i), .array(let a)):
                guard a.indices.contains(i) else { return nil }
                position = i
                value = a[i]
            default:
                return nil
            }
            var child = node + 1
            for _ in 0..<position {
                guard child < nodes.count else { return nil }
                child += Int(nodes[child].subtreeSize)
            }
            guard child < nodes.count else { return nil }
            node = child
        }
        return node
    }
}

/// One recorded value: where it starts, where its member name starts (0 when none), and how
/// many nodes its subtree spans (itself included).
struct SourceMapNode: Sendable {
    var valueLine: Int32
    var valueColumn: Int32
    var keyLine: Int32
    var keyColumn: Int32
    var subtreeSize: Int32
}

extension SourceMapNode {
    /// A node for a value at `line`/`column` whose member name is at `keyLine`/`keyColumn` (0 when
    /// it has none), its subtree not yet closed.
    @inline(__always)
    init(line: Int, column: Int, keyLine: Int, keyColumn: Int) {
        self.init(valueLine: Int32(truncatingIfNeeded: line), valueColumn: Int32(truncatingIfNeeded: column),
                  keyLine: Int32(truncatingIfNeeded: keyLine), keyColumn: Int32(truncatingIfNeeded: keyColumn),
                  subtreeSize: 1)
    }
}

/// Collects positions in document order while a reader builds a value.
///
/// Call ``begin(line:column:keyLine:keyColumn:)`` when a value starts (children after their
/// parent) and ``end(_:)`` when it is complete.
public struct SourceMapBuilder: Sendable {
    var nodes: [SourceMapNode] = []

    /// An empty builder.
    public init() {}

    /// A builder holding `nodes` already recorded in document order.
    init(nodes: [SourceMapNode]) {
        self.nodes = nodes
    }

    /// Records a value starting at `line`/`column` (its member name at `keyLine`/`keyColumn`,
    /// 0 when it has none) and returns its node number.
    @inline(__always)
    public mutating func begin(line: Int, column: Int, keyLine: Int = 0, keyColumn: Int = 0) -> Int {
        nodes.append(SourceMapNode(line: line, column: column, keyLine: keyLine, keyColumn: keyColumn))
        return nodes.count - 1
    }

    /// Marks node `node` complete: everything recorded since belongs to it.
    @inline(__always)
    public mutating func end(_ node: Int) {
        nodes[node].subtreeSize = Int32(truncatingIfNeeded: nodes.count - node)
    }

    /// The finished map for `root`, read from `file`.
    public func build(file: String, root: JSONValue) -> SourceMap {
        SourceMap(file: file, root: root, builder: self)
    }
}
