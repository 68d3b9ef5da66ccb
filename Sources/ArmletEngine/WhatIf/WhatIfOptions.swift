/// How much detail what-if returns (`--result-format`).
package enum WhatIfResultFormat: String, Sendable, Hashable, CaseIterable {
    /// Before/after payloads and property deltas; existing resources are NoChange or Modify.
    case fullResourcePayloads = "FullResourcePayloads"
    /// Resource ids only; existing resources in the template are `Deploy`.
    case resourceIdOnly = "ResourceIdOnly"

    /// The format named `text`, ignoring case.
    package init?(caseInsensitive text: String) {
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
            return nil
        }
        self = match
    }
}

/// The deployment mode what-if predicts for (`--mode`): it decides what happens to resources of
/// the target group that the template leaves out.
package enum WhatIfDeploymentMode: String, Sendable, Hashable, CaseIterable {
    /// Resources not in the template are left alone (`Ignore`).
    case incremental = "Incremental"
    /// Resources of the target group not in the template are deleted (`Delete`).
    case complete = "Complete"

    /// The mode named `text`, ignoring case.
    package init?(caseInsensitive text: String) {
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
            return nil
        }
        self = match
    }
}

/// The knobs of one what-if run.
package struct WhatIfOptions: Sendable, Hashable {
    /// Incremental or Complete.
    package var mode: WhatIfDeploymentMode
    /// Full payloads or ids only.
    package var resultFormat: WhatIfResultFormat
    /// Change types left out of the result (`--exclude-change-types`).
    package var excludedChangeTypes: Set<WhatIfChangeType>

    /// Options; the defaults are `az`'s (Incremental, FullResourcePayloads, nothing excluded).
    package init(mode: WhatIfDeploymentMode = .incremental, resultFormat: WhatIfResultFormat = .fullResourcePayloads,
                excludedChangeTypes: Set<WhatIfChangeType> = []) {
        self.mode = mode
        self.resultFormat = resultFormat
        self.excludedChangeTypes = excludedChangeTypes
    }
}
