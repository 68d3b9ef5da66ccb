public import ArmletJSON

/// Decodes parameters files: the full `deploymentParameters.json#` form and, as `az` accepts it,
/// a bare `{"name": {"value": ...}}` object.
///
/// Like `az`, a root object with a `parameters` member is a wrapped file; anything else is taken
/// as the parameters object itself. Structural problems use ARM's `InvalidRequestContent` (ARM
/// reports a malformed parameters object while deserializing the request); a Key Vault reference
/// gets ``keyVaultReferenceCode``.
public enum ParameterFileDecoder {
    /// The code for a `reference` to a Key Vault secret. Azure would fetch the secret; Armlet has no
    /// Key Vault, so it refuses the value instead of deploying without it. Not an ARM code.
    public static let keyVaultReferenceCode = "KeyVaultReferenceNotSupported"
    /// ARM's code for a request body it cannot deserialize.
    public static let invalidContentCode = "InvalidRequestContent"

    /// Reads and decodes `text` from `file`; a read error becomes the only diagnostic.
    public static func decode(text: String, file: String) -> (ParameterFile?, [Diagnostic]) {
        do {
            return decode(try DocumentReader.read(text, file: file))
        } catch {
            return (nil, [Diagnostic(code: error.code, message: error.message, location: error.location)])
        }
    }

    /// Decodes a parsed parameters document; the file is returned whenever the root is an object.
    public static func decode(_ document: ParsedDocument) -> (ParameterFile?, [Diagnostic]) {
        var ctx = DecodingContext(sourceMap: document.sourceMap)
        guard let root = document.value.objectValue else {
            let loc = ctx.valueLocation(.root)
            ctx.add("The parameters must be a JSON object, but the document is of type '\(document.value.typeName)'. "
                    + TemplateMessage.position(.root, loc), at: loc, path: .root, code: invalidContentCode)
            return (nil, ctx.diagnostics)
        }
        var schema: String?, contentVersion: String?
        var entries = root
        var base = JSONPath.root
        let wrapped = root.member("parameters", under: .root)
        if let (value, path) = wrapped {
            for (key, _) in root where !["$schema", "contentversion", "parameters"].contains(key.lowercased()) {
                let kp = JSONPath.root.appending(key)
                let loc = ctx.keyLocation(kp)
                ctx.add(TemplateMessage.requestContent(TemplateMessage.unknownMemberDetail(
                    key, objectType: "DeploymentParameters", path: kp, location: loc)),
                        at: loc, path: kp, code: invalidContentCode, severity: .warning)
            }
            schema = root.member("$schema", under: .root).flatMap { ctx.string($0.value, at: $0.path) }
            contentVersion = root.member("contentVersion", under: .root).flatMap { ctx.string($0.value, at: $0.path) }
            guard let object = value.objectValue else {
                let loc = ctx.valueLocation(path)
                ctx.add(TemplateMessage.requestContent(TemplateMessage.wrongTypeDetail(
                    actual: value.typeName, expected: "Object", path: path, location: loc)),
                        at: loc, path: path, code: invalidContentCode)
                return (ParameterFile(schema: schema, contentVersion: contentVersion, parameters: NamedList(),
                                      hasWrapper: true), ctx.diagnostics)
            }
            entries = object
            base = path
        }
        var values: [SuppliedParameter] = []
        for (name, entry) in entries {
            let path = base.appending(name)
            if let v = self.entry(name, entry, path: path, ctx: &ctx) { values.append(v) }
        }
        return (ParameterFile(schema: schema, contentVersion: contentVersion, parameters: NamedList(values),
                              hasWrapper: wrapped != nil), ctx.diagnostics)
    }

    private static func entry(_ name: String, _ entry: JSONValue, path: JSONPath,
                              ctx: inout DecodingContext) -> SuppliedParameter? {
        guard let object = entry.objectValue else {
            let loc = ctx.valueLocation(path)
            ctx.add(TemplateMessage.requestContent(TemplateMessage.wrongTypeDetail(
                        actual: entry.typeName, expected: "Object", path: path, location: loc))
                    + " Each parameter must be written as {\"value\": ...}.", at: loc, path: path,
                    code: invalidContentCode)
            return nil
        }
        for (key, _) in object where !["value", "reference", "metadata"].contains(key.lowercased()) {
            let kp = path.appending(key)
            let loc = ctx.keyLocation(kp)
            ctx.add(TemplateMessage.requestContent(TemplateMessage.unknownMemberDetail(
                        key, objectType: "DeploymentParameterDefinition", path: kp, location: loc)),
                    at: loc, path: kp, code: invalidContentCode)
        }
        if let (_, rp) = object.member("reference", under: path) {
            let loc = ctx.keyLocation(rp)
            ctx.add("The value of parameter '\(name)' is a Key Vault reference. Armlet has no Key Vault and does not "
                    + "support Key Vault references; pass the value directly (for example --parameters "
                    + "\(name)=VALUE). " + TemplateMessage.position(rp, loc), at: loc, path: rp,
                    code: keyVaultReferenceCode)
            return nil
        }
        guard let (value, vp) = object.member("value", under: path) else {
            let loc = ctx.valueLocation(path)
            ctx.add("The parameter '\(name)' has neither a 'value' nor a 'reference'. "
                    + TemplateMessage.position(path, loc), at: loc, path: path, code: invalidContentCode)
            return nil
        }
        return SuppliedParameter(name: name, value: value, location: ctx.valueLocation(vp))
    }
}
