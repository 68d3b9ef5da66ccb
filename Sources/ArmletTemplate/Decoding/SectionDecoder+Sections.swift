import ArmletJSON

extension SectionDecoder {
    static func variables(_ object: JSONObject, ctx: inout DecodingContext)
        -> (NamedList<Variable>, NamedList<VariableCopy>)
    {
        var variables: [Variable] = []
        var copies: [VariableCopy] = []
        for (name, value, path) in section("variables", in: object, ctx: &ctx) {
            guard name.lowercased() == "copy" else {
                variables.append(Variable(name: name, path: path, value: value))
                continue
            }
            guard let loops = ctx.array(value, at: path) else { continue }
            for (i, loop) in loops.enumerated() {
                let lp = path.appending(i)
                guard let l = ctx.object(loop, at: lp) else { continue }
                let loopName = required("name", in: l, at: lp, ctx: &ctx).flatMap { ctx.string($0.value, at: $0.path) }
                let count = required("count", in: l, at: lp, ctx: &ctx)
                let input = required("input", in: l, at: lp, ctx: &ctx)
                if let count { checkCount(count.value, at: count.path, ctx: &ctx) }
                if let loopName, let count, let input {
                    copies.append(VariableCopy(name: loopName, path: lp, count: count.value, input: input.value))
                }
            }
        }
        return (NamedList(variables), NamedList(copies))
    }

    static func functions(_ object: JSONObject, ctx: inout DecodingContext) -> [FunctionNamespace] {
        guard let (value, path) = object.member("functions", under: .root),
              let namespaces = ctx.array(value, at: path) else { return [] }
        var result: [FunctionNamespace] = []
        for (i, ns) in namespaces.enumerated() {
            let np = path.appending(i)
            guard let n = ctx.object(ns, at: np) else { continue }
            let namespace = required("namespace", in: n, at: np, ctx: &ctx).flatMap { ctx.string($0.value, at: $0.path) }
            var members: [UserFunction] = []
            if let m = required("members", in: n, at: np, ctx: &ctx), let mo = ctx.object(m.value, at: m.path) {
                for (name, f) in mo {
                    let fp = m.path.appending(name)
                    guard let fo = ctx.object(f, at: fp) else { continue }
                    if let fn = function(name, fo, path: fp, ctx: &ctx) { members.append(fn) }
                }
            }
            if let namespace { result.append(FunctionNamespace(namespace: namespace, path: np, members: NamedList(members))) }
        }
        return result
    }

    private static func function(_ name: String, _ f: JSONObject, path: JSONPath,
                                 ctx: inout DecodingContext) -> UserFunction? {
        var parameters: [UserFunction.Parameter] = []
        if let (pv, pp) = f.member("parameters", under: path), let list = ctx.array(pv, at: pp) {
            for (i, item) in list.enumerated() {
                let ip = pp.appending(i)
                guard let o = ctx.object(item, at: ip) else { continue }
                let pname = required("name", in: o, at: ip, ctx: &ctx).flatMap { ctx.string($0.value, at: $0.path) }
                let ptype = typeMember(o, at: ip, ctx: &ctx)
                if let pname { parameters.append(UserFunction.Parameter(name: pname, type: ptype, path: ip)) }
            }
        }
        guard let output = required("output", in: f, at: path, ctx: &ctx),
              let o = ctx.object(output.value, at: output.path) else { return nil }
        let outputType = typeMember(o, at: output.path, ctx: &ctx)
        guard let value = required("value", in: o, at: output.path, ctx: &ctx) else { return nil }
        return UserFunction(name: name, path: path, parameters: parameters, outputType: outputType,
                            outputValue: value.value, metadata: f["metadata"])
    }

    static func outputs(_ object: JSONObject, ctx: inout DecodingContext) -> NamedList<Output> {
        let known: Set<String> = ["type", "value", "condition", "copy", "metadata", "$ref", "nullable", "items",
                                  "properties", "additionalproperties", "discriminator", "sealed", "prefixitems",
                                  "minvalue", "maxvalue", "minlength", "maxlength", "allowedvalues"]
        var result: [Output] = []
        for (name, value, path) in section("outputs", in: object, ctx: &ctx) {
            guard let o = ctx.object(value, at: path) else { continue }
            var extra = JSONObject()
            for (key, v) in o where !known.contains(key.lowercased()) {
                ctx.unknownMember(at: path.appending(key), objectType: "TemplateOutputParameter", severity: .warning)
                extra[key] = v
            }
            for (key, v) in o where ["nullable", "items", "properties", "additionalproperties", "discriminator",
                                     "sealed", "prefixitems", "minvalue", "maxvalue", "minlength", "maxlength",
                                     "allowedvalues"].contains(key.lowercased()) {
                extra[key] = v
            }
            let ref = o.member("$ref", under: path).flatMap { ctx.string($0.value, at: $0.path) }
            let type: TemplateType? = ref == nil
                ? typeMember(o, at: path, ctx: &ctx)
                : (o["type"] == nil ? nil : typeMember(o, at: path, ctx: &ctx))
            var copy: Output.Copy?
            if let (cv, cp) = o.member("copy", under: path), let c = ctx.object(cv, at: cp) {
                let count = required("count", in: c, at: cp, ctx: &ctx)
                let input = required("input", in: c, at: cp, ctx: &ctx)
                if let count { checkCount(count.value, at: count.path, ctx: &ctx) }
                if let count, let input { copy = Output.Copy(count: count.value, input: input.value) }
            }
            if o["value"] == nil && o["copy"] == nil { ctx.missing("value", in: path) }
            result.append(Output(name: name, path: path, type: type, ref: ref, value: o["value"],
                                 condition: o["condition"], copy: copy, metadata: o["metadata"], extra: extra))
        }
        return NamedList(result)
    }

    // MARK: Shared pieces

    /// The member `key`, reporting "Required property" when it is missing.
    static func required(_ key: String, in object: JSONObject, at path: JSONPath,
                         ctx: inout DecodingContext) -> (value: JSONValue, path: JSONPath)? {
        if let m = object.member(key, under: path) { return m }
        ctx.missing(key, in: path)
        return nil
    }

    /// The required `type` member as a known ``TemplateType``; reports missing, non-string and unknown types.
    static func typeMember(_ object: JSONObject, at path: JSONPath, ctx: inout DecodingContext) -> TemplateType? {
        guard let (v, tp) = required("type", in: object, at: path, ctx: &ctx), let s = ctx.string(v, at: tp) else {
            return nil
        }
        guard let t = TemplateType(armName: s) else {
            let loc = ctx.valueLocation(tp)
            ctx.add("Template validation failed: The type '\(s)' is not known; expected one of: "
                    + "\(TemplateType.allowedNames). " + TemplateMessage.position(tp, loc), at: loc, path: tp)
            return nil
        }
        return t
    }

    /// A copy `count`: an integer from 0 to 800 or an expression.
    static func checkCount(_ value: JSONValue, at path: JSONPath, ctx: inout DecodingContext) {
        if value.isTemplateExpression { return }
        guard let n = ctx.integer(value, at: path) else { return }
        if n < 0 || n > TemplateLimits.copyCount {
            let loc = ctx.valueLocation(path)
            ctx.add("Template validation failed: The copy count '\(n)' is not valid; it must be between 0 and "
                    + "\(TemplateLimits.copyCount). " + TemplateMessage.position(path, loc), at: loc, path: path)
        }
    }
}
