import Foundation
import ArmletJSON

/// Decodes `resources` in either form, with child resources, copy loops and dependencies.
enum ResourceDecoder {
    /// Every member ARM's template resource knows (lower-cased). Others are kept in `extra` with a warning.
    static let knownMembers: Set<String> = [
        "type", "apiversion", "name", "location", "dependson", "condition", "copy", "properties", "sku", "kind",
        "tags", "zones", "plan", "identity", "scope", "existing", "comments", "resources", "resourcegroup",
        "subscriptionid", "extendedlocation", "scale", "managedby", "managedbyextended", "metadata", "etag",
        "import", "asserts", "isaction", "apiprofile", "decorators",
    ]

    static func resources(_ object: JSONObject, languageVersion: String?, ctx: inout DecodingContext)
        -> ([Resource], Template.ResourceForm)
    {
        guard let (value, path) = object.member("resources", under: .root) else {
            ctx.missing("resources", in: .root)
            return ([], .array)
        }
        switch value {
        case .array(let items):
            return (items.enumerated().compactMap { i, item in
                resource(item, path: path.appending(i), symbolicName: nil, ctx: &ctx)
            }, .array)
        case .object(let members):
            if !Template.allowsSymbolicNames(languageVersion) {
                let loc = ctx.valueLocation(path)
                ctx.add("Template validation failed: The 'resources' property is an object keyed by symbolic names, "
                        + "which requires 'languageVersion' '2.0'; "
                        + (languageVersion.map { "this template declares '\($0)'. " } ?? "this template declares none. ")
                        + TemplateMessage.position(path, loc), at: loc, path: path)
            }
            var result: [Resource] = []
            for (name, item) in members {
                let rp = path.appending(name)
                if !isSymbolicName(name) {
                    let loc = ctx.keyLocation(rp)
                    ctx.add("Template validation failed: The symbolic name '\(name)' is not valid; it must be an identifier "
                            + "(a letter or '_', then letters, digits and '_'), or identifiers joined by '::'. "
                            + TemplateMessage.position(rp, loc), at: loc, path: rp)
                }
                if let r = resource(item, path: rp, symbolicName: name, ctx: &ctx) { result.append(r) }
            }
            return (result, .symbolic)
        default:
            ctx.wrongType(value, at: path, expected: "Array")
            return ([], .array)
        }
    }

    /// An identifier, or identifiers joined by `::` (Bicep's names for nested resources).
    static func isSymbolicName(_ s: String) -> Bool {
        let parts = s.components(separatedBy: "::")
        return parts.allSatisfy(isIdentifier)
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else {
            return false
        }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    static func resource(_ value: JSONValue, path: JSONPath, symbolicName: String?,
                         ctx: inout DecodingContext) -> Resource? {
        guard let r = ctx.object(value, at: path) else { return nil }
        var extra = JSONObject()
        for (key, v) in r where !knownMembers.contains(key.lowercased()) {
            ctx.unknownMember(at: path.appending(key), objectType: "TemplateResource", severity: .warning)
            extra[key] = v
        }
        for key in ["extendedLocation", "scale", "managedBy", "managedByExtended", "metadata", "etag", "import",
                    "asserts", "isAction", "apiProfile", "decorators"] {
            if let w = r.writtenKey(for: key), let v = r[key] { extra[w] = v }
        }

        let type = SectionDecoder.required("type", in: r, at: path, ctx: &ctx).flatMap { ctx.string($0.value, at: $0.path) }
        let apiVersion = SectionDecoder.required("apiVersion", in: r, at: path, ctx: &ctx)
            .flatMap { ctx.string($0.value, at: $0.path) }
        let name = SectionDecoder.required("name", in: r, at: path, ctx: &ctx)
        if let name { ctx.expect(name.value, at: name.path, orExpression: "String") { $0.stringValue != nil } }
        let label = name.flatMap { TemplateMessage.display($0.value) } ?? symbolicName ?? path.description
        let declLocation = ctx.valueLocation(path)

        func optional(_ key: String, _ kind: String, _ check: (JSONValue) -> Bool) -> JSONValue? {
            guard let (v, p) = r.member(key, under: path) else { return nil }
            ctx.expect(v, at: p, orExpression: kind, matches: check)
            return v
        }
        let location = optional("location", "String") { $0.stringValue != nil }
        let condition = optional("condition", "Boolean") { $0.boolValue != nil }
        let tags = optional("tags", "Object") { $0.objectValue != nil }
        let zones = optional("zones", "Array") { $0.arrayValue != nil }
        let comments = r.member("comments", under: path).flatMap { ctx.string($0.value, at: $0.path) }
        var existing = false
        if let (v, p) = r.member("existing", under: path) {
            if let b = v.boolValue { existing = b } else { ctx.wrongType(v, at: p, expected: "Boolean") }
        }

        var dependsOn: [String] = []
        if let (v, p) = r.member("dependsOn", under: path), let items = ctx.array(v, at: p) {
            for (i, item) in items.enumerated() {
                if let s = ctx.string(item, at: p.appending(i)) { dependsOn.append(s) }
            }
        }

        var copy: CopyLoop?
        if let (v, p) = r.member("copy", under: path), let c = ctx.object(v, at: p) {
            copy = copyLoop(c, path: p, resourceLabel: label, resourceLocation: declLocation, ctx: &ctx)
        }

        var children: [Resource] = []
        if let (v, p) = r.member("resources", under: path), let items = ctx.array(v, at: p) {
            for (i, item) in items.enumerated() {
                if let child = resource(item, path: p.appending(i), symbolicName: nil, ctx: &ctx) {
                    children.append(child)
                }
            }
        }

        return Resource(
            path: path, symbolicName: symbolicName, type: type, apiVersion: apiVersion, name: name?.value,
            location: location, dependsOn: dependsOn, condition: condition, copy: copy, properties: r["properties"],
            sku: r["sku"], kind: r["kind"], tags: tags, zones: zones, plan: r["plan"], identity: r["identity"],
            scope: r["scope"], resourceGroup: r["resourceGroup"], subscriptionId: r["subscriptionId"],
            existing: existing, comments: comments, children: children, extra: extra)
    }

    private static func copyLoop(_ c: JSONObject, path: JSONPath, resourceLabel: String,
                                 resourceLocation: SourceLocation?, ctx: inout DecodingContext) -> CopyLoop? {
        func invalid(_ reason: String, _ at: JSONPath) {
            ctx.add(TemplateMessage.resource(resourceLabel, location: resourceLocation, reason: reason),
                    at: ctx.valueLocation(at), path: at)
        }
        let name = SectionDecoder.required("name", in: c, at: path, ctx: &ctx).flatMap { ctx.string($0.value, at: $0.path) }
        let count = SectionDecoder.required("count", in: c, at: path, ctx: &ctx)
        if let count { SectionDecoder.checkCount(count.value, at: count.path, ctx: &ctx) }
        var mode = CopyLoop.Mode.parallel
        if let (v, p) = c.member("mode", under: path), let s = ctx.string(v, at: p) {
            if let m = CopyLoop.Mode(rawValue: s.lowercased()) {
                mode = m
            } else {
                invalid("The copy mode '\(s)' is not valid; expected 'Serial' or 'Parallel'.", p)
            }
        }
        var batchSize: JSONValue?
        if let (v, p) = c.member("batchSize", under: path) {
            batchSize = v
            if !v.isTemplateExpression, let n = ctx.integer(v, at: p), n < 1 {
                invalid("The copy batch size '\(n)' is not valid; it must be at least 1.", p)
            }
        }
        guard let name, let count else { return nil }
        return CopyLoop(name: name, path: path, count: count.value, mode: mode, batchSize: batchSize)
    }
}
