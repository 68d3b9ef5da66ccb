public import ArmletJSON

/// The outcome of decoding: the template (when the document was an object at all) and every diagnostic.
public struct TemplateDecodeResult: Sendable {
    /// What could be decoded; `nil` only when the root is not an object.
    public let template: Template?
    /// Every problem found, in document order of discovery.
    public let diagnostics: [Diagnostic]

    /// Whether any diagnostic is an error (the template must not be deployed then).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Turns a parsed document into a ``Template``, reporting every structural problem with its location.
///
/// Expression strings are not parsed here. Unknown top-level members are errors (ARM rejects them);
/// unknown members of resources, parameters and outputs are warnings and are kept in `extra`,
/// because ARM's accepted set there grows with new API features.
public enum TemplateDecoder {
    static let topLevelMembers: Set<String> = [
        "$schema", "contentversion", "languageversion", "apiprofile", "metadata", "parameters", "definitions",
        "variables", "functions", "resources", "outputs", "imports", "extensions",
    ]

    /// Decodes `document`; `sourceSize` (bytes of the original text) enables the template size check.
    public static func decode(_ document: ParsedDocument, sourceSize: Int? = nil) -> TemplateDecodeResult {
        var ctx = DecodingContext(sourceMap: document.sourceMap)
        let root = JSONPath.root
        guard let object = document.value.objectValue else {
            let loc = ctx.valueLocation(root)
            ctx.add("Template validation failed: The template must be a JSON object, but the document is of "
                    + "type '\(document.value.typeName)'. " + TemplateMessage.position(root, loc), at: loc, path: root)
            return TemplateDecodeResult(template: nil, diagnostics: ctx.diagnostics)
        }

        var extra = JSONObject()
        for (key, value) in object where !topLevelMembers.contains(key.lowercased()) {
            ctx.unknownMember(at: root.appending(key), objectType: "Template")
            _ = value
        }
        for key in ["imports", "extensions"] {
            if let m = object.member(key, under: root) { extra[key] = m.value }
        }

        let schema = header("$schema", in: object, ctx: &ctx, required: true)
        if let schema, schema.lowercased().contains("deploymentparameters") {
            let path = root.appending(object.writtenKey(for: "$schema") ?? "$schema")
            ctx.add("Template validation failed: The '$schema' '\(schema)' is the schema of a parameters file, "
                    + "not of a deployment template. " + TemplateMessage.position(path, ctx.valueLocation(path)),
                    at: ctx.valueLocation(path), path: path)
        }
        let contentVersion = header("contentVersion", in: object, ctx: &ctx, required: true)
        if let contentVersion, !isContentVersion(contentVersion) {
            let path = root.appending(object.writtenKey(for: "contentVersion") ?? "contentVersion")
            ctx.add("Template validation failed: The 'contentVersion' '\(contentVersion)' is not valid; it must be "
                    + "four numbers separated by dots, such as '1.0.0.0'. "
                    + TemplateMessage.position(path, ctx.valueLocation(path)),
                    at: ctx.valueLocation(path), path: path)
        }
        let languageVersion = header("languageVersion", in: object, ctx: &ctx, required: false)
        let apiProfile = header("apiProfile", in: object, ctx: &ctx, required: false)
        let symbolic = Template.allowsSymbolicNames(languageVersion)

        let parameters = SectionDecoder.parameters(object, symbolic: symbolic, ctx: &ctx)
        let definitions = SectionDecoder.definitions(object, ctx: &ctx)
        let (variables, copies) = SectionDecoder.variables(object, ctx: &ctx)
        let functions = SectionDecoder.functions(object, ctx: &ctx)
        let (resources, form) = ResourceDecoder.resources(object, languageVersion: languageVersion, ctx: &ctx)
        let outputs = SectionDecoder.outputs(object, ctx: &ctx)

        let template = Template(
            schema: schema, contentVersion: contentVersion, languageVersion: languageVersion, apiProfile: apiProfile,
            metadata: object["metadata"], parameters: parameters, definitions: definitions, variables: variables,
            variableCopies: copies, functions: functions, resources: resources, resourceForm: form, outputs: outputs,
            extra: extra)
        TemplateLimits.check(template, document: document, sourceSize: sourceSize, ctx: &ctx)
        return TemplateDecodeResult(template: template, diagnostics: ctx.diagnostics)
    }

    private static func header(_ key: String, in object: JSONObject, ctx: inout DecodingContext,
                               required: Bool) -> String? {
        guard let (value, path) = object.member(key, under: .root) else {
            if required { ctx.missing(key, in: .root) }
            return nil
        }
        return ctx.string(value, at: path)
    }

    /// `1.0.0.0`: four dot-separated non-empty digit runs, as the template schema requires.
    static func isContentVersion(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
