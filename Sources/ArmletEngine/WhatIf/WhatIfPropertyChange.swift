package import ArmletJSON

/// One node of a resource's delta tree: a property (or array element) whose value changes.
///
/// `path` is dotted relative to its parent (`properties.diskSizeGB`, or `0` for an array element);
/// `before` and `after` are absent where the property does not exist on that side.
package struct WhatIfPropertyChange: Sendable, Hashable {
    /// The path, relative to the resource body or to the parent change.
    package var path: String
    /// What happens to the property.
    package var propertyChangeType: WhatIfPropertyChangeType
    /// The current value, when the property exists now.
    package var before: JSONValue?
    /// The predicted value, when the property exists after the deployment.
    package var after: JSONValue?
    /// Nested changes of an ``WhatIfPropertyChangeType/array`` or object ``WhatIfPropertyChangeType/modify``.
    package var children: [WhatIfPropertyChange]

    /// A property change from its parts.
    package init(path: String, _ type: WhatIfPropertyChangeType, before: JSONValue? = nil, after: JSONValue? = nil,
                children: [WhatIfPropertyChange] = []) {
        self.path = path
        self.propertyChangeType = type
        self.before = before
        self.after = after
        self.children = children
    }

    /// The change as ARM's REST API returns it (`path`, `propertyChangeType`, `before`, `after`, `children`).
    package func toJSON() -> JSONValue {
        var o = JSONObject()
        o.appendUnchecked("path", .string(path))
        o.appendUnchecked("propertyChangeType", .string(propertyChangeType.rawValue))
        if let before { o.appendUnchecked("before", before) }
        if let after { o.appendUnchecked("after", after) }
        if !children.isEmpty { o.appendUnchecked("children", .array(children.map { $0.toJSON() })) }
        return .object(o)
    }

    /// A change read back from ARM's JSON; `nil` when `path` or the type is missing or unknown.
    package init?(json: JSONValue) {
        guard let path = json["path"]?.stringValue,
              let typeText = json["propertyChangeType"]?.stringValue,
              let type = WhatIfPropertyChangeType.allCases.first(where: { $0.rawValue.lowercased() == typeText.lowercased() })
        else { return nil }
        self.init(path: path, type, before: json["before"].flatMap { $0.isNull ? nil : $0 },
                  after: json["after"].flatMap { $0.isNull ? nil : $0 },
                  children: (json["children"]?.arrayValue ?? []).compactMap(WhatIfPropertyChange.init(json:)))
    }
}
