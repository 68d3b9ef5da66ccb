package import ArmletCore
package import ArmletJSON
package import ArmletState

/// `Microsoft.Management/managementGroups`: a simple hierarchy under the tenant root group (whose
/// name is the tenant id and which always exists). A group's parent defaults to the root and must
/// exist; groups are tenant-level records (no subscription, no resource group).
package struct ManagementGroupProvider: ResourceProvider {
    /// The type served.
    package static let type = "Microsoft.Management/managementGroups"

    /// A provider.
    package init() {}

    package var resourceTypes: [String] { [Self.type] }

    package func validate(_ request: ResourceRequest) -> [Diagnostic] {
        let name = request.name
        let valid = !name.isEmpty && name.count <= 90
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_().".contains($0)) }
            && !name.hasSuffix(".")
        guard valid else {
            return [Diagnostic(code: "InvalidManagementGroupName",
                               message: "The management group name '\(name)' is invalid: it must be 1–90 letters, "
                                   + "digits, '-', '_', '(', ')' or '.', and not end with a period.",
                               target: "name")]
        }
        return []
    }

    package func put(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        let tenantId = request.subscription.tenantId
        let existing = try transaction.resource(id: request.id)
        let properties = request.body["properties"]?.objectValue ?? JSONObject()
        let parentId = properties["details"]?["parent"]?["id"]?.stringValue
            ?? ResourceID.managementGroup(tenantId).description
        guard let parent = ResourceID(parentId), parent.kind == .managementGroup,
              try Self.exists(parent.name, tenantId: tenantId, in: transaction) else {
            throw ARMError(code: "ParentNotFound",
                           message: "The parent management group '\(parentId)' of '\(request.name)' was not found.",
                           target: "properties.details.parent.id", httpStatus: 404)
        }
        var details = properties["details"]?.objectValue ?? JSONObject()
        details["parent"] = ["id": .string(parent.description), "name": .string(parent.name)]
        var stamped = properties
        stamped["tenantId"] = .string(tenantId)
        stamped["details"] = .object(details)
        var body = ResourceEnvelope.stamp(request.body, request: request).objectValue ?? JSONObject()
        body["properties"] = .object(stamped)
        let record = ResourceRecord(id: existing?.id ?? request.id, subscriptionId: "", resourceGroup: nil,
                                    type: Self.type, name: request.name, apiVersion: request.apiVersion,
                                    body: .object(body), createdTime: existing?.createdTime ?? request.now,
                                    changedTime: request.now)
        try transaction.save(record)
        return ProviderResult(body: .object(body), isLongRunning: false, change: existing == nil ? .created : .updated)
    }

    package func patch(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        var merged = try get(request, in: transaction)
        JSONMerge.mergePatch(request.body, into: &merged)
        var replaced = request
        replaced.body = merged
        return try put(replaced, in: transaction)
    }

    package func get(_ request: ResourceRequest, in reader: any StateReader) throws -> JSONValue {
        guard let record = try reader.resource(id: request.id) else { throw Self.notFound(request.name) }
        return record.body
    }

    package func delete(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        let children = try transaction.resources(type: Self.type).filter {
            $0.body["properties"]?["details"]?["parent"]?["name"]?.stringValue.map {
                JSONObject.equalIgnoringCase($0, request.name)
            } ?? false
        }
        if !children.isEmpty {
            throw ARMError(code: "Conflict",
                           message: "The management group '\(request.name)' has children and cannot be deleted.",
                           httpStatus: 409)
        }
        let deleted = try transaction.deleteResource(id: request.id)
        return ProviderResult(body: nil, isLongRunning: false, change: deleted ? .deleted : .none)
    }

    package func list(_ scope: ListScope, in reader: any StateReader) throws -> [JSONValue] {
        try reader.resources(type: Self.type).map(\.body)
    }

    package func action(name: String, _ request: ResourceRequest,
                       in transaction: any StateTransaction) throws -> ProviderResult {
        throw ARMError.unknownAction(name, type: request.type)
    }

    /// Whether management group `name` exists: the tenant root (named by the tenant id) always does.
    package static func exists(_ name: String, tenantId: String, in reader: any StateReader) throws -> Bool {
        if JSONObject.equalIgnoringCase(name, tenantId) { return true }
        return try reader.resource(id: ResourceID.managementGroup(name).description) != nil
    }

    /// ARM's 404 for a management group that does not exist.
    package static func notFound(_ name: String) -> ARMError {
        ARMError(code: "ManagementGroupNotFound", message: "The management group '\(name)' was not found.",
                 httpStatus: 404)
    }
}
