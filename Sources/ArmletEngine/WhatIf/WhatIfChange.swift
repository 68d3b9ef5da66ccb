package import ArmletJSON

/// What a deployment would do to one resource: the change type, the resource as it is now and as
/// predicted, and the property delta between them.
package struct WhatIfChange: Sendable, Hashable {
    /// The full resource id.
    package var resourceId: String
    /// What happens to the resource.
    package var changeType: WhatIfChangeType
    /// Why what-if cannot analyse the resource (``WhatIfChangeType/unsupported`` only).
    package var unsupportedReason: String?
    /// The resource as a GET returns it now; `nil` when it does not exist (or with `ResourceIdOnly`).
    package var before: JSONValue?
    /// The resource as predicted after the deployment; `nil` when it is deleted or not deployed.
    package var after: JSONValue?
    /// The property changes (Modify, and NoChange/Deploy carrying only `NoEffect` entries).
    package var delta: [WhatIfPropertyChange]

    /// A change from its parts.
    package init(resourceId: String, changeType: WhatIfChangeType, unsupportedReason: String? = nil,
                before: JSONValue? = nil, after: JSONValue? = nil, delta: [WhatIfPropertyChange] = []) {
        self.resourceId = resourceId
        self.changeType = changeType
        self.unsupportedReason = unsupportedReason
        self.before = before
        self.after = after
        self.delta = delta
    }

    /// The change as ARM's REST API returns it.
    package func toJSON() -> JSONValue {
        var o = JSONObject()
        o.appendUnchecked("resourceId", .string(resourceId))
        o.appendUnchecked("changeType", .string(changeType.rawValue))
        if let unsupportedReason { o.appendUnchecked("unsupportedReason", .string(unsupportedReason)) }
        if let before { o.appendUnchecked("before", before) }
        if let after { o.appendUnchecked("after", after) }
        if !delta.isEmpty { o.appendUnchecked("delta", .array(delta.map { $0.toJSON() })) }
        return .object(o)
    }

    /// A change read back from ARM's JSON; `nil` without `resourceId` or a known `changeType`.
    package init?(json: JSONValue) {
        guard let id = json["resourceId"]?.stringValue,
              let type = json["changeType"]?.stringValue.flatMap(WhatIfChangeType.init(caseInsensitive:))
        else { return nil }
        self.init(resourceId: id, changeType: type, unsupportedReason: json["unsupportedReason"]?.stringValue,
                  before: json["before"].flatMap { $0.isNull ? nil : $0 },
                  after: json["after"].flatMap { $0.isNull ? nil : $0 },
                  delta: (json["delta"]?.arrayValue ?? []).compactMap(WhatIfPropertyChange.init(json:)))
    }
}

/// A what-if diagnostic (`DeploymentDiagnosticsDefinition`): something what-if could not analyse.
package struct WhatIfDiagnostic: Sendable, Hashable {
    /// `Error`, `Warning` or `Info`.
    package var level: String
    /// ARM's code, e.g. `NestedDeploymentShortCircuited`.
    package var code: String
    /// The message.
    package var message: String
    /// The resource id or expression the diagnostic is about.
    package var target: String

    /// A diagnostic from its parts.
    package init(level: String, code: String, message: String, target: String) {
        self.level = level
        self.code = code
        self.message = message
        self.target = target
    }

    /// The diagnostic as ARM returns it.
    package func toJSON() -> JSONValue {
        ["level": .string(level), "code": .string(code), "message": .string(message), "target": .string(target)]
    }

    /// A diagnostic read back from JSON.
    package init?(json: JSONValue) {
        guard let code = json["code"]?.stringValue else { return nil }
        self.init(level: json["level"]?.stringValue ?? "Warning", code: code,
                  message: json["message"]?.stringValue ?? "", target: json["target"]?.stringValue ?? "")
    }
}
