package import ArmletJSON

/// The answer of ARM's `Deployments_WhatIf`: the status and every predicted resource change.
package struct WhatIfOperationResult: Sendable, Hashable {
    /// `Succeeded` (or `Failed` with ``error``).
    package var status: String
    /// The changes the deployment will make.
    package var changes: [WhatIfChange]
    /// Changes that may or may not happen (`potentialChanges`); Armlet predicts none today.
    package var potentialChanges: [WhatIfChange]
    /// What what-if could not analyse.
    package var diagnostics: [WhatIfDiagnostic]
    /// The error when the operation failed (`{code, message}`).
    package var error: JSONValue?

    /// A result from its parts.
    package init(status: String = "Succeeded", changes: [WhatIfChange], potentialChanges: [WhatIfChange] = [],
                diagnostics: [WhatIfDiagnostic] = [], error: JSONValue? = nil) {
        self.status = status
        self.changes = changes
        self.potentialChanges = potentialChanges
        self.diagnostics = diagnostics
        self.error = error
    }

    /// The result without changes of `types`, as `--exclude-change-types` filters it (client side,
    /// before rendering; potential changes are kept).
    package func excluding(_ types: Set<WhatIfChangeType>) -> WhatIfOperationResult {
        var copy = self
        copy.changes = changes.filter { !types.contains($0.changeType) }
        return copy
    }

    /// How many changes of each type, for summaries and exit codes.
    package func count(of type: WhatIfChangeType) -> Int { changes.count(where: { $0.changeType == type }) }

    /// Whether any change is more than NoChange or Ignore (what `--proceed-if-no-change` checks).
    package var hasChanges: Bool { changes.contains { $0.changeType != .noChange && $0.changeType != .ignore } }

    /// The body ARM's REST API returns: `{status, properties: {changes, potentialChanges?, diagnostics?}, error?}`.
    package func toJSON() -> JSONValue {
        var properties = JSONObject()
        properties.appendUnchecked("changes", .array(changes.map { $0.toJSON() }))
        if !potentialChanges.isEmpty {
            properties.appendUnchecked("potentialChanges", .array(potentialChanges.map { $0.toJSON() }))
        }
        if !diagnostics.isEmpty { properties.appendUnchecked("diagnostics", .array(diagnostics.map { $0.toJSON() })) }
        var o = JSONObject()
        o.appendUnchecked("status", .string(status))
        o.appendUnchecked("properties", .object(properties))
        if let error { o.appendUnchecked("error", error) }
        return .object(o)
    }

    /// A result read from either JSON form (REST body with `properties`, or the CLI's flattened one).
    package init(json: JSONValue) {
        let body = json["properties"]?.objectValue.map(JSONValue.object) ?? json
        self.init(status: json["status"]?.stringValue ?? "Succeeded",
                  changes: (body["changes"]?.arrayValue ?? []).compactMap(WhatIfChange.init(json:)),
                  potentialChanges: (body["potentialChanges"]?.arrayValue ?? []).compactMap(WhatIfChange.init(json:)),
                  diagnostics: (body["diagnostics"]?.arrayValue ?? []).compactMap(WhatIfDiagnostic.init(json:)),
                  error: json["error"].flatMap { $0.isNull ? nil : $0 })
    }
}
