package import ArmletJSON

/// A schema document in `Schemas/resource-types/` that cannot be read: bad JSON or a field of the
/// wrong shape. Only a broken build can produce it, since the documents are embedded.
package struct CatalogLoadError: ArmletError, Equatable {
    package let code = "InvalidResourceTypeSchema"
    package let message: String
    package var location: SourceLocation? { nil }
    /// The offending field, as a dotted path inside the document.
    package let target: String?

    /// An error about `document` at `path`.
    package init(document: String, path: JSONPath, _ reason: String) {
        let at = path.components.isEmpty ? "" : " at '\(path)'"
        message = "The resource-type schema '\(document)' is invalid\(at): \(reason)."
        target = path.components.isEmpty ? nil : path.description
    }
}
