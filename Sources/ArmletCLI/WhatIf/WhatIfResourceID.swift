import ArmletCore
import ArmletEngine
/// A resource id split as `az` splits it for display: the scope (`/subscriptions/{s}/resourceGroups/{g}`)
/// and the id relative to it (`Microsoft.Compute/disks/d1`, or `resourceGroups/g` for a group).
package struct WhatIfResourceID: Sendable, Hashable {
    /// The scope; the subscription id is lower-cased, `resourceGroups` spelled canonically.
    package let scope: String
    /// The id relative to the scope.
    package let relativeId: String

    /// Splits `id`: an optional management group, subscription, resource group, then `/providers/...`
    /// (what follows the scope need not be a well-formed resource: az splits the text).
    init(_ id: String) {
        let (root, remainder) = ResourceID.splitRootScope(id)
        let relative = remainder.count > 10 && remainder.prefix(10).lowercased() == "providers/"
            ? String(remainder.dropFirst(10)) : ""
        if let group = root.managementGroup {
            let groupId = "Microsoft.Management/ManagementGroups/\(group)"
            (scope, relativeId) = relative.isEmpty ? ("/", groupId) : ("/providers/\(groupId)", relative)
        } else if let subscription = root.subscriptionId {
            let subscriptionScope = "/subscriptions/\(subscription.lowercased())"
            if let resourceGroup = root.resourceGroup {
                let groupId = "resourceGroups/\(resourceGroup)"
                (scope, relativeId) = remainder.isEmpty
                    ? (subscriptionScope, groupId) : ("\(subscriptionScope)/\(groupId)", relative)
            } else {
                (scope, relativeId) = (subscriptionScope, relative)
            }
        } else {
            (scope, relativeId) = ("/", relative)
        }
    }
}
