import ArmletJSON

/// The template limits ARM documents ("Template limits", best-practices.md): checked after decoding.
public enum TemplateLimits {
    /// Most parameters a template may declare.
    public static let parameters = 256
    /// Most variables a template may declare (the `copy` loops count one each).
    public static let variables = 256
    /// Most resources per deployment, copy counts included.
    public static let resources = 800
    /// Most outputs.
    public static let outputs = 64
    /// Largest template, in bytes (4 MB).
    public static let templateBytes = 4 * 1024 * 1024
    /// Largest copy `count`.
    public static let copyCount: Int64 = 800

    static func check(_ template: Template, document: ParsedDocument, sourceSize: Int?, ctx: inout DecodingContext) {
        let root = JSONPath.root
        func report(_ what: String, _ count: Int, _ limit: Int, _ section: String) {
            guard count > limit else { return }
            let path = root.appending(section)
            ctx.add(TemplateMessage.limit(what, count: count, limit: limit), at: ctx.keyLocation(path), path: path)
        }
        report("template parameters", template.parameters.count, parameters, "parameters")
        report("template variables", template.variables.count + template.variableCopies.count, variables, "variables")
        report("template outputs", template.outputs.count, outputs, "outputs")
        // A literal copy count multiplies a resource; expression counts are checked at expansion.
        let resourceCount = template.allResources.reduce(0) { sum, r in
            sum + Int(max(0, r.copy?.count.intValue ?? 1))
        }
        report("resources", resourceCount, resources, "resources")
        if let sourceSize, sourceSize > templateBytes {
            // ARM measures the request body; az sends the template minified, so measure that form.
            let compact = JSONWriter.write(document.value, style: .compact).utf8.count
            if compact > templateBytes {
                ctx.add("Template validation failed: The template size '\(compact)' bytes exceeds the limit of "
                        + "'\(templateBytes)' bytes. Please see https://aka.ms/arm-template-limits for usage details.",
                        at: ctx.valueLocation(root), path: root)
            }
        }
    }
}
