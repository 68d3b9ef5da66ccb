package import ArmletJSON

extension ARMBodies {
    /// ARM's `TemplateHashResult` for `template` (`Deployments_CalculateTemplateHash`): the hash a
    /// deployment of the same template reports as `templateHash`, and the minified template.
    ///
    /// ARM's minified template is the compact text upper-cased as a whole — member names, string
    /// values and the literals too (`TRUE`), as Microsoft's example shows — so it is a comparison
    /// key rather than JSON; Armlet writes it the same way.
    package static func templateHash(_ template: JSONValue) -> JSONValue {
        var o = JSONObject()
        o["minifiedTemplate"] = .string(JSONWriter.write(template, style: .compact).uppercased())
        o["templateHash"] = .string(ARMFormat.templateHash(template))
        return .object(o)
    }
}
