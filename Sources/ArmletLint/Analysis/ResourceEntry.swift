import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// A resource of the root template with what rules keep asking about it: its full type, its name
/// when the template alone fixes it, its body and the catalog's findings about that body.
public struct ResourceEntry: Sendable {
    /// The position in ``ResourceIndex/entries``.
    public let index: Int
    /// The declaration.
    public let resource: Resource
    /// The enclosing resource's index for a child declared inside its parent.
    public let parent: Int?
    /// The full type (`Microsoft.Compute/virtualMachines/extensions` for a nested `extensions`).
    public let fullType: String?
    /// The full name (`vm1/ext1`) when literals decide it.
    public let resolvedName: String?
    /// The name expression, when the name is one.
    public let nameNode: ExpressionNode?
    /// The resource object as written.
    public let body: JSONValue
    /// The catalogued schema of the type, when Armlet knows the type.
    public let schema: ResourceTypeSchema?
    /// What the catalog says about the body (API version and properties), targets relative to the resource.
    public let catalogDiagnostics: [Diagnostic]

    /// A short way to name the resource in messages: its literal name, else its symbolic name, else its path.
    public var displayName: String {
        if let resolvedName { return resolvedName }
        if let symbolic = resource.symbolicName { return symbolic }
        if let name = resource.name?.stringValue { return name }
        return resource.path.description
    }

    /// The catalogued API version the resource asks for, when it is a real one.
    public var apiVersion: APIVersion? {
        guard let schema, let v = resource.apiVersion else { return nil }
        return schema.apiVersion(matching: v)
    }

    /// The written value at a dotted path of the body (`properties.incremental`).
    public func value(at dotted: String) -> JSONValue? { body.value(atDotted: dotted) }

    /// The document path of a dotted path of the body.
    public func path(of dotted: String) -> JSONPath { resource.path.appending(path: JSONPath.dotted(dotted)) }
}
