package import ArmletBlocks
import ArmletCore
package import ArmletJSON
package import ArmletState
import Foundation

/// The simulated `Microsoft.Compute` disk resource provider (DiskRP): managed disks and snapshots,
/// incremental snapshot families, background copies and access grants.
///
/// Names follow ``ComputeNaming``; every resource a body names must exist (``LinkedResources``).
///
/// PUT, PATCH, DELETE and the access actions are long-running in Azure (202 + polling), so results
/// say ``ProviderResult/isLongRunning``; the work itself is done when the call returns. A background
/// copy outlives the operation: its ``CopyJob`` is stored and every read reports
/// `properties.completionPercent` for the request's time.
package struct ComputeProvider: ResourceProvider {
    /// The simulation's settings (copy speed, snapshot limits, identifiers).
    package let simulation: ComputeSimulation
    /// The disks' and snapshots' bytes; without them no resource holds data and a background copy
    /// moves the whole disk size.
    package let volumes: DiskVolumes?

    /// A provider with `simulation`'s settings keeping data in `blocks` (none when nil).
    package init(simulation: ComputeSimulation = ComputeSimulation(), blocks: (any BlockStore)? = nil) {
        self.simulation = simulation
        self.volumes = blocks.map(DiskVolumes.init(store:))
    }

    /// `Microsoft.Compute/disks` and `Microsoft.Compute/snapshots`.
    package var resourceTypes: [String] { [DiskSku.diskType, DiskSku.snapshotType] }

    package func validate(_ request: ResourceRequest) -> [Diagnostic] {
        ComputeValidation.diagnostics(for: request)
    }

    package func put(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        let existing = try transaction.resource(id: request.id)
        var request = request
        if let existing { Self.keepCreationMembers(of: existing, in: &request) }
        try ComputeValidation.requireValid(request)
        try LinkedResources.require(request, creating: existing == nil, in: transaction)
        if let existing {
            let body = try ComputeUpdate.apply(request, to: existing)
            try volumes?.grow(body)
            return try save(body, over: existing, request: request, in: transaction)
        }
        var created = isDisk(request.type)
            ? try DiskCreation.create(request, in: transaction, simulation: simulation)
            : try SnapshotCreation.create(request, in: transaction, simulation: simulation)
        created.copy = try fillVolume(of: created.body, copy: created.copy, request: request, in: transaction)
        let record = ResourceRecord(
            id: request.id, subscriptionId: request.subscription.id, resourceGroup: request.resourceGroup?.name,
            type: canonicalType(request.type), name: request.name, apiVersion: request.apiVersion,
            location: created.body.string(at: "location"), body: stored(created.body),
            provisioningState: .succeeded, createdTime: request.now)
        try transaction.save(record)
        if let copy = created.copy { try transaction.save(copy) }
        let body = BackgroundCopy.present(record.body, job: created.copy, at: request.now)
        return ProviderResult(body: body, isLongRunning: true, change: .created)
    }

    /// A PUT over an existing disk or snapshot may leave out what only creation needs: DiskRP keeps
    /// the resource's `location` and `properties.creationData` (Microsoft's
    /// `Disk_CreateOrUpdate_BurstingEnabled` sends only `diskSizeGB` and `burstingEnabled`).
    static func keepCreationMembers(of existing: ResourceRecord, in request: inout ResourceRequest) {
        guard var body = request.body.objectValue else { return }
        if body["location"] == nil, let location = existing.body["location"] {
            body["location"] = location
            request.location = location.stringValue
        }
        var properties = body["properties"]?.objectValue ?? JSONObject()
        if properties["creationData"] == nil, let creationData = existing.body["properties"]?["creationData"] {
            properties["creationData"] = creationData
            body["properties"] = .object(properties)
        }
        request.body = .object(body)
    }

    package func patch(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        let existing = try record(request, in: transaction)
        try LinkedResources.require(request, creating: false, in: transaction)
        let body = try ComputeUpdate.apply(request, to: existing)
        try volumes?.grow(body)
        return try save(body, over: existing, request: request, in: transaction)
    }

    package func get(_ request: ResourceRequest, in reader: any StateReader) throws -> JSONValue {
        let found = try reader.resourceAndCopyJob(id: request.id)
        guard let record = found.resource else { throw notFound(request) }
        return BackgroundCopy.present(record.body, job: found.copyJob, at: request.now)
    }

    package func delete(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        guard let existing = try transaction.resource(id: request.id) else {
            return ProviderResult(body: nil, isLongRunning: true, change: .none)
        }
        if isDisk(existing.type), let vm = existing.body.string(at: "managedBy") {
            throw ComputeErrors.diskAttached(name: existing.name, vm: vm)
        }
        try BackgroundCopy.requireNotCopySource(existing, kind: kindName(existing.type), in: transaction,
                                                at: request.now)
        try transaction.deleteResource(id: existing.id)
        try DataPlaneGrants.revoke(resourceId: existing.id, in: transaction)
        volumes?.delete(existing.body, in: transaction)
        return ProviderResult(body: nil, isLongRunning: true, change: .deleted)
    }

    package func list(_ scope: ListScope, in reader: any StateReader) throws -> [JSONValue] {
        let records = try reader.resources(matching: ResourceQuery(subscriptionId: scope.subscriptionId,
                                                                   resourceGroup: scope.resourceGroup,
                                                                   type: scope.type))
        return try records.map {
            BackgroundCopy.present($0.body, job: try reader.copyJob(resourceId: $0.id), at: scope.now)
        }
    }

    package func action(name: String, _ request: ResourceRequest,
                       in transaction: any StateTransaction) throws -> ProviderResult {
        switch name.lowercased() {
        case "begingetaccess":
            let existing = try record(request, in: transaction)
            let granted = try AccessGrant.begin(request, record: existing,
                                                copy: try transaction.copyJob(resourceId: existing.id),
                                                simulation: simulation, in: transaction)
            _ = try save(granted.body, over: existing, request: request, in: transaction)
            return ProviderResult(body: granted.output, isLongRunning: true, change: .none)
        case "endgetaccess":
            let existing = try record(request, in: transaction)
            try DataPlaneGrants.revoke(resourceId: existing.id, in: transaction)
            _ = try save(AccessGrant.end(record: existing), over: existing, request: request, in: transaction)
            return ProviderResult(body: nil, isLongRunning: true, change: .none)
        default:
            throw ARMError.unknownAction(name, type: request.type)
        }
    }

    // MARK: - Helpers

    private func record(_ request: ResourceRequest, in reader: any StateReader) throws -> ResourceRecord {
        guard let record = try reader.resource(id: request.id) else { throw notFound(request) }
        return record
    }

    private func notFound(_ request: ResourceRequest) -> ARMError {
        ARMError.resourceNotFound(type: canonicalType(request.type), name: request.name,
                                  resourceGroup: request.resourceGroup?.name)
    }

    private func save(_ body: JSONValue, over existing: ResourceRecord, request: ResourceRequest,
                      in transaction: any StateTransaction) throws -> ProviderResult {
        var record = existing
        record.body = stored(body)
        record.changedTime = request.now
        if !request.apiVersion.isEmpty { record.apiVersion = request.apiVersion }
        try transaction.save(record)
        let job = try transaction.copyJob(resourceId: record.id)
        return ProviderResult(body: BackgroundCopy.present(record.body, job: job, at: request.now),
                              isLongRunning: true, change: .updated)
    }

    /// The body as stored: `completionPercent` is never stored, reads compute it from the copy job.
    private func stored(_ body: JSONValue) -> JSONValue {
        var result = body
        result.set(nil, at: "properties.completionPercent")
        return result
    }

    private func isDisk(_ type: String) -> Bool { JSONObject.equalIgnoringCase(type, DiskSku.diskType) }

    private func canonicalType(_ type: String) -> String { isDisk(type) ? DiskSku.diskType : DiskSku.snapshotType }

    private func kindName(_ type: String) -> String { isDisk(type) ? "disk" : "snapshot" }
}
