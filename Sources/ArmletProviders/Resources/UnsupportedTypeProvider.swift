import ArmletCore
package import ArmletJSON
package import ArmletState

/// Types whose whole point is work Armlet cannot do, refused at preflight and on any write rather
/// than stored as an inert resource that "Succeeds": `Microsoft.Resources/deploymentScripts` would
/// run Azure CLI or PowerShell scripts in a container.
package struct UnsupportedTypeProvider: ResourceProvider {
    /// The refused types, each with why.
    package static let reasons: [(type: String, reason: String)] = [
        ("Microsoft.Resources/deploymentScripts",
         "Armlet does not run deployment scripts: a 'Microsoft.Resources/deploymentScripts' resource runs an Azure "
             + "CLI or PowerShell script in a container, which Armlet cannot do. Run the script yourself, or remove "
             + "the resource from the template."),
    ]

    /// A provider.
    package init() {}

    package var resourceTypes: [String] { Self.reasons.map(\.type) }

    package func validate(_ request: ResourceRequest) -> [Diagnostic] {
        let e = Self.error(for: request.type)
        return [Diagnostic(code: e.code, message: e.message, target: "type")]
    }

    package func put(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        throw Self.error(for: request.type)
    }

    package func patch(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        throw Self.error(for: request.type)
    }

    package func get(_ request: ResourceRequest, in reader: any StateReader) throws -> JSONValue {
        throw ARMError.resourceNotFound(type: request.type, name: request.name,
                                        resourceGroup: request.resourceGroup?.name)
    }

    package func delete(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        ProviderResult(body: nil, isLongRunning: false, change: .none)
    }

    package func list(_ scope: ListScope, in reader: any StateReader) throws -> [JSONValue] { [] }

    package func action(name: String, _ request: ResourceRequest,
                       in transaction: any StateTransaction) throws -> ProviderResult {
        throw Self.error(for: request.type)
    }

    /// `ResourceTypeNotSupported` (400) with the type's reason.
    static func error(for type: String) -> ARMError {
        let reason = reasons.first { JSONObject.equalIgnoringCase($0.type, type) }?.reason
            ?? "Armlet cannot simulate resources of type '\(type)'."
        return ARMError(code: "ResourceTypeNotSupported", message: reason, target: "type", httpStatus: 400)
    }
}
