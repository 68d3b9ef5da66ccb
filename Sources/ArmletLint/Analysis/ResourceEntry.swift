package import ArmletCatalog
package import ArmletExpressions
package import ArmletJSON
package import ArmletTemplate

/// A resource of the root template with what rules keep asking about it: its full type, its name
/// when the template alone fixes it, its body and the catalog's findings about that body. A class:
/// rules walk every entry, and copying one is then one retain instead of one per member.
package final class ResourceEntry: Sendable {
    /// The position in ``ResourceIndex/entries``.
    package let index: Int
    /// The declaration.
    package let resource: Resource
    /// The enclosing resource's index for a child declared inside its parent.
    package let parent: Int?
    /// The full type (`Microsoft.Compute/virtualMachines/extensions` for a nested `extensions`).
    package let fullType: String?
    /// The full name (`vm1/ext1`) when literals decide it.
    package let resolvedName: String?
    /// The name expression, when the name is one.
    package let nameNode: ExpressionNode?
    /// The resource object as written.
    package let body: JSONValue
    /// The catalogued schema of the type, when Armlet simulates the type.
    package let schema: ResourceTypeSchema?
    /// The type as Azure spells it and its real API versions, for any type Azure has.
    package let knownType: (typeName: String, versions: [APIVersion])?
    /// What the catalog says about the body (API version and properties), targets relative to the resource.
    package let catalogDiagnostics: [Diagnostic]

    /// An entry from its parts (see the properties).
    init(index: Int, resource: Resource, parent: Int?, fullType: String?, resolvedName: String?, nameNode: ExpressionNode?,
         body: JSONValue, schema: ResourceTypeSchema?, knownType: (typeName: String, versions: [APIVersion])?,
         catalogDiagnostics: [Diagnostic]) {
        self.index = index
        self.resource = resource
        self.parent = parent
        self.fullType = fullType
        self.resolvedName = resolvedName
        self.nameNode = nameNode
        self.body = body
        self.schema = schema
        self.knownType = knownType
        self.catalogDiagnostics = catalogDiagnostics
    }

    /// A short way to name the resource in messages: its literal name, else its symbolic name, else its path.
    package var displayName: String {
        if let resolvedName { return resolvedName }
        if let symbolic = resource.symbolicName { return symbolic }
        if let name = resource.name?.stringValue { return name }
        return resource.path.description
    }

    /// The API version the resource asks for, when it is a real one of its type.
    package var apiVersion: APIVersion? {
        guard let knownType, let v = resource.apiVersion else { return nil }
        return knownType.versions.matching(v)
    }

    /// The written value at a dotted path of the body (`properties.incremental`).
    package func value(at dotted: String) -> JSONValue? { body.value(atDotted: dotted) }

    /// The document path of a dotted path of the body.
    package func path(of dotted: String) -> JSONPath { resource.path.appending(path: JSONPath.dotted(dotted)) }
}
