/// What a deployment would do to one resource, as ARM's `WhatIfChange.changeType` names it.
///
/// The raw values are ARM's spellings; the CLI prints them through ``legendName`` (Python's
/// `str.title()`, hence `Nochange`).
package enum WhatIfChangeType: String, Sendable, Hashable, CaseIterable {
    /// The resource does not exist and the template creates it.
    case create = "Create"
    /// The resource exists, is not in the template and the mode is Complete.
    case delete = "Delete"
    /// The resource exists and is left alone (not in the template in Incremental mode, or out of scope).
    case ignore = "Ignore"
    /// The resource exists and is redeployed, but its changes cannot be predicted fully.
    case deploy = "Deploy"
    /// The resource exists and redeploying it changes nothing.
    case noChange = "NoChange"
    /// The resource exists and some properties change.
    case modify = "Modify"
    /// What-if cannot analyse the resource; ``WhatIfChange/unsupportedReason`` says why.
    case unsupported = "Unsupported"

    /// The change type named `text`, ignoring case (`nochange`, `NoChange`).
    package init?(caseInsensitive text: String) {
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
            return nil
        }
        self = match
    }

    /// The symbol `az` prints before the resource.
    package var symbol: String {
        switch self {
        case .create: "+"
        case .delete: "-"
        case .ignore: "*"
        case .deploy: "!"
        case .noChange: "="
        case .modify: "~"
        case .unsupported: "x"
        }
    }

    /// The order `az` sorts legends, resources and statistics in.
    package var weight: Int {
        switch self {
        case .delete: 0
        case .create: 1
        case .deploy: 2
        case .modify: 3
        case .noChange: 4
        case .unsupported: 5
        case .ignore: 6
        }
    }

    /// The word the legend prints: the raw value title-cased as Python does (`Nochange`).
    package var legendName: String { rawValue.prefix(1) + rawValue.dropFirst().lowercased() }
}

/// What happens to one property, as ARM's `WhatIfPropertyChange.propertyChangeType` names it.
package enum WhatIfPropertyChangeType: String, Sendable, Hashable, CaseIterable {
    /// The property is absent now and the template sets it.
    case create = "Create"
    /// The property is set now and the deployment removes it.
    case delete = "Delete"
    /// The value changes (a leaf, or an object with ``WhatIfPropertyChange/children``).
    case modify = "Modify"
    /// The property is an array whose elements change; children are per index.
    case array = "Array"
    /// The template sets a property the service ignores (read-only); nothing changes.
    case noEffect = "NoEffect"

    /// The symbol `az` prints before the property.
    package var symbol: String {
        switch self {
        case .create: "+"
        case .delete: "-"
        case .modify, .array: "~"
        case .noEffect: "x"
        }
    }

    /// The order `az` sorts sibling property changes in.
    package var weight: Int {
        switch self {
        case .delete: 0
        case .create: 1
        case .modify, .array: 2
        case .noEffect: 3
        }
    }
}
