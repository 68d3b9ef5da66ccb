import ArmletJSON

/// Something a template declares under a name (a parameter, variable, output, function or type).
public protocol TemplateNamed: Sendable {
    /// The name as written in the template.
    var name: String { get }
}

/// An ordered list of declarations looked up by name ignoring case, as ARM compares names.
///
/// The order is the order in the file. When two names differ only in case the first one wins a
/// lookup; the decoder reports such duplicates (the JSON reader already rejects them within one object).
public struct NamedList<Element: TemplateNamed>: Sendable {
    /// The declarations in written order.
    public let elements: [Element]
    private let index: [String: Int]

    /// A list of `elements` in the given order.
    public init(_ elements: [Element] = []) {
        self.elements = elements
        var index: [String: Int] = [:]
        for (i, e) in elements.enumerated() where index[e.name.lowercased()] == nil {
            index[e.name.lowercased()] = i
        }
        self.index = index
    }

    /// The declaration named `name`, compared ignoring case.
    public subscript(name: String) -> Element? {
        index[name.lowercased()].map { elements[$0] }
    }

    /// Whether a declaration named `name` (ignoring case) exists.
    public func contains(_ name: String) -> Bool { index[name.lowercased()] != nil }

    /// The names in written order.
    public var names: [String] { elements.map(\.name) }

    /// The number of declarations.
    public var count: Int { elements.count }

    /// Whether there are no declarations.
    public var isEmpty: Bool { elements.isEmpty }
}

extension NamedList: Sequence {
    public func makeIterator() -> IndexingIterator<[Element]> { elements.makeIterator() }
}
