/// An Azure location (region), compared by its normalised name.
///
/// ARM accepts a location written either way, `westus` or `West US`, and answers with the normalised
/// name: lower case, spaces removed. ``displayName`` gives the portal's spelling for the regions
/// Armlet knows (``AzureRegions``), and the name as written for any other.
public struct Location: Sendable, Hashable, CustomStringConvertible {
    /// The normalised name: lower-cased, without spaces (`westus2`).
    public let name: String

    /// The location written as `text`, normalised.
    public init(_ text: String) { name = Self.normalize(text) }

    /// `text` lower-cased with its spaces removed, as ARM stores a location.
    public static func normalize(_ text: String) -> String { text.lowercased().filter { $0 != " " } }

    /// Whether `a` and `b` name the same location.
    public static func same(_ a: String, _ b: String) -> Bool { normalize(a) == normalize(b) }

    /// The portal's name of the region (`West US 2`), or the normalised name when the region is not one
    /// Armlet knows.
    public var displayName: String { AzureRegions.displayNames[name] ?? name }

    /// Whether the location is one of Azure's public regions Armlet knows.
    public var isKnownRegion: Bool { AzureRegions.displayNames[name] != nil }

    public var description: String { name }
}
