import ArmletJSON

extension PropertySchema {
    /// Reads a node of the format `Schemas/README.md` describes.
    static func decode(_ value: JSONValue, name: String, document: String, path: JSONPath) throws(CatalogLoadError)
        -> PropertySchema
    {
        guard let object = value.objectValue else {
            throw CatalogLoadError(document: document, path: path, "a property must be an object")
        }
        let kindText = object["type"]?.stringValue ?? "any"
        guard let kind = PropertyKind(rawValue: kindText) else {
            throw CatalogLoadError(document: document, path: path.appending("type"), "unknown type '\(kindText)'")
        }
        let enumValues: [String]?
        if let list = object["enum"] {
            guard let array = list.arrayValue else {
                throw CatalogLoadError(document: document, path: path.appending("enum"), "enum must be an array")
            }
            enumValues = try array.enumerated().map { (i, v) throws(CatalogLoadError) in
                guard let s = v.stringValue else {
                    throw CatalogLoadError(document: document, path: path.appending("enum").appending(i),
                                           "enum values must be strings")
                }
                return s
            }
        } else {
            enumValues = nil
        }
        var enumSince: [String: APIVersion] = [:]
        for (key, v) in object["enumSince"]?.objectValue ?? JSONObject() {
            enumSince[key] = try version(v, document: document, path: path.appending("enumSince").appending(key))
        }
        var properties: [PropertySchema] = []
        for (key, v) in object["properties"]?.objectValue ?? JSONObject() {
            properties.append(try decode(v, name: key, document: document,
                                         path: path.appending("properties").appending(key)))
        }
        let items = try object["items"].map { (v) throws(CatalogLoadError) in
            try decode(v, name: "", document: document, path: path.appending("items"))
        }
        let additional = try object["additionalProperties"].map { (v) throws(CatalogLoadError) in
            try decode(v, name: "", document: document, path: path.appending("additionalProperties"))
        }
        return PropertySchema(
            name: name, kind: kind, format: object["format"]?.stringValue, enumValues: enumValues,
            enumSince: enumSince, isRequired: object["required"]?.boolValue ?? false,
            isReadOnly: object["readOnly"]?.boolValue ?? false, isImmutable: object["immutable"]?.boolValue ?? false,
            defaultValue: object["default"],
            since: try object["since"].map { (v) throws(CatalogLoadError) in
                try version(v, document: document, path: path.appending("since"))
            },
            removedIn: try object["removedIn"].map { (v) throws(CatalogLoadError) in
                try version(v, document: document, path: path.appending("removedIn"))
            },
            properties: properties, items: items, additionalProperties: additional)
    }

    static func version(_ value: JSONValue, document: String, path: JSONPath) throws(CatalogLoadError) -> APIVersion {
        guard let text = value.stringValue, let version = APIVersion(text) else {
            throw CatalogLoadError(document: document, path: path, "an API version must be a 'YYYY-MM-DD' string")
        }
        return version
    }
}
