import ArmletCore
import ArmletEngine
import ArmletJSON
import Foundation
import Hummingbird

/// `GET /subscriptions/{s}[/resourcegroups/{rg}]/resources` (ARM's `Resources_List` and
/// `Resources_ListByResourceGroup`): every top-level resource in the generic shape, read through the
/// engine, with `$filter` (``ResourceFilter``), `$expand` (`createdTime`, `changedTime`,
/// `provisioningState`; other words are ignored), `$top` and `nextLink` paging.
enum ResourceListRoutes {
    static func list(_ call: ARMCall, subscription: String, group: String?, services: ServerServices) throws -> Response {
        guard call.method == .get else {
            throw ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path)
        }
        let filter = try ResourceFilter.parse(call.query["$filter"])
        let pageSize = try Paging.pageSize(call, limit: services.configuration.pageSize)
        let expand = expandedMembers(call.query["$expand"])
        let resources = try services.engine(subscription: subscription).resources.genericResources(resourceGroup: group)
        let values = resources.filter { filter?.matches($0) ?? true }
            .map { $0.armBody(expand: expand, withTags: !(filter?.isTagFilter ?? false)) }
        return ARMResponse.json(Paging.page(values, call: call, pageSize: pageSize))
    }

    private static func expandedMembers(_ text: String?) -> Set<GenericResource.ExpandedMember> {
        let words = (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return Set(GenericResource.ExpandedMember.allCases.filter { words.contains($0.rawValue.lowercased()) })
    }
}
