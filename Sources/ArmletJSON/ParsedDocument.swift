/// A document read from text: its value and where each part of it was written.
public struct ParsedDocument: Sendable {
    /// The value read.
    public var value: JSONValue
    /// Positions of every value, by JSON path.
    public var sourceMap: SourceMap

    /// A document from a value and its map.
    public init(value: JSONValue, sourceMap: SourceMap) {
        self.value = value
        self.sourceMap = sourceMap
    }
}

/// A problem reading JSON or YAML text: always `InvalidTemplate`, with the place it occurred.
public struct JSONReadError: ArmletError, Equatable {
    public var code: String
    public var message: String
    public var location: SourceLocation?

    /// A read error at `location`; the message ends with ARM's "at line L column C" phrase.
    public init(code: String = "InvalidTemplate", _ reason: String, location: SourceLocation) {
        self.code = code
        self.message = "\(reason) at \(location.armPhrase)."
        self.location = location
    }
}
