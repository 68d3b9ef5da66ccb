import ArmletEngine
/// A resource id split as `az` splits it for display: the scope (`/subscriptions/{s}/resourceGroups/{g}`)
/// and the id relative to it (`Microsoft.Compute/disks/d1`, or `resourceGroups/g` for a group).
package struct WhatIfResourceID: Sendable, Hashable {
    /// The scope; the subscription id is lower-cased, `resourceGroups` spelled canonically.
    package let scope: String
    /// The id relative to the scope.
    package let relativeId: String

    /// Splits `id`: an optional management group, subscription, resource group, then `/providers/...`.
    package init(_ id: String) {
        var rest = Substring(id)
        func take(_ prefix: String) -> Substring? {
            var r = rest
            if r.hasPrefix("/") { r = r.dropFirst() }
            guard r.lowercased().hasPrefix(prefix.lowercased() + "/") else { return nil }
            r = r.dropFirst(prefix.count + 1)
            let name = r.prefix { $0 != "/" }
            guard !name.isEmpty else { return nil }
            rest = r.dropFirst(name.count)
            return name
        }
        let group = take("providers/Microsoft.Management/managementGroups")
        let subscription = take("subscriptions")
        let resourceGroup = subscription == nil ? nil : take("resourceGroups")
        var relative = ""
        if rest.lowercased().hasPrefix("/providers/") { relative = String(rest.dropFirst("/providers/".count)) }
        if let group {
            let groupId = "Microsoft.Management/ManagementGroups/\(group)"
            (scope, relativeId) = relative.isEmpty ? ("/", groupId) : ("/providers/\(groupId)", relative)
        } else if let subscription {
            let subscriptionScope = "/subscriptions/\(subscription.lowercased())"
            if let resourceGroup {
                let groupId = "resourceGroups/\(resourceGroup)"
                (scope, relativeId) = relative.isEmpty && !rest.lowercased().hasPrefix("/providers/")
                    ? (subscriptionScope, groupId) : ("\(subscriptionScope)/\(groupId)", relative)
            } else {
                (scope, relativeId) = (subscriptionScope, relative)
            }
        } else {
            (scope, relativeId) = ("/", relative)
        }
    }
}
