import ArmletJSON

/// An error a provider answers with: ARM's code, message and `target`, plus the HTTP status a server
/// would send.
public struct ProviderError: ArmletError, Hashable {
    public var code: String
    public var message: String
    public var target: String?
    /// The HTTP status of the error response (400, 404, 409, …).
    public var httpStatus: Int
    public var location: SourceLocation? { nil }

    /// An error with ARM `code`, `message`, optional `target` and HTTP status (400 by default).
    public init(code: String, message: String, target: String? = nil, httpStatus: Int = 400) {
        self.code = code
        self.message = message
        self.target = target
        self.httpStatus = httpStatus
    }
}

extension ProviderError {
    /// ARM's 404 for a missing resource, worded as the gateway words it:
    /// "The Resource 'Microsoft.Compute/snapshots/disk1' under resource group 'rg' was not found. …"
    public static func resourceNotFound(type: String, name: String, resourceGroup: String?) -> ProviderError {
        let scope = resourceGroup.map { " under resource group '\($0)'" } ?? ""
        return ProviderError(
            code: "ResourceNotFound",
            message: "The Resource '\(type)/\(name)'\(scope) was not found. For more details please go to "
                + "https://aka.ms/ARMResourceNotFoundFix",
            httpStatus: 404)
    }

    /// A POST action the type does not have.
    public static func unknownAction(_ name: String, type: String) -> ProviderError {
        ProviderError(code: "InvalidResourceOperation",
                      message: "The resource type '\(type)' does not support the action '\(name)'.",
                      httpStatus: 400)
    }
}
