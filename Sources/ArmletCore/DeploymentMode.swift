/// How a deployment treats resources of its group that the template does not mention.
public enum DeploymentMode: String, Hashable, Sendable, CaseIterable {
    /// Leaves them alone (ARM's default).
    case incremental = "Incremental"
    /// Deletes them.
    case complete = "Complete"

    /// The mode written as `text`, ignoring case (`incremental`, `Complete`); `nil` for anything else.
    public init?(armName text: String) {
        guard let mode = Self.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else { return nil }
        self = mode
    }
}
