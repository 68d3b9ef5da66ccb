import ArmletJSON

/// The parts of a resource type's name (`Microsoft.Compute/disks`), in one place for the catalog,
/// the type index and the messages.
enum ResourceTypeName {
    /// `Microsoft.Compute` of `Microsoft.Compute/disks`.
    static func namespace(of type: String) -> String {
        type.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? type
    }

    /// `disks` of `Microsoft.Compute/disks` (the type itself when it has no namespace), as ARM names
    /// a type in its errors.
    static func shortName(of type: String) -> String {
        let parts = type.split(separator: "/", maxSplits: 1)
        return parts.count == 2 ? String(parts[1]) : type
    }
}

extension Array where Element == APIVersion {
    /// The version whose text is `text`, ignoring case (as ARM matches `api-version`).
    package func matching(_ text: String) -> APIVersion? {
        first { JSONObject.equalIgnoringCase($0.text, text) }
    }
}
