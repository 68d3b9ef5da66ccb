import ArmletCore
import ArmletJSON
import Foundation

extension SQLStateAccess {
    // MARK: Copy jobs

    package func copyJob(resourceId: String) throws -> CopyJob? {
        try session.row("SELECT * FROM copy_jobs WHERE resource_key = ?", [Self.key(resourceId)])
            .map(Self.copyJob(from:))
    }

    package func resourceAndCopyJob(id: String) throws -> (resource: ResourceRecord?, copyJob: CopyJob?) {
        // The two tables share no column name, so one row holds both records.
        guard let row = try session.row("""
            SELECT r.*, c.* FROM resources r LEFT JOIN copy_jobs c ON c.resource_key = r.id_key WHERE r.id_key = ?
            """, [Self.key(id)]) else { return (nil, nil) }
        let jobFound: String? = try row.decode(forColumn: "resource_id")
        return (try Self.resource(from: row), try jobFound.map { _ in try Self.copyJob(from: row) })
    }

    package func copyJobs() throws -> [CopyJob] {
        try session.rows("SELECT * FROM copy_jobs ORDER BY resource_key").map(Self.copyJob(from:))
    }

    package func save(_ job: CopyJob) throws {
        var duration: Double?
        var totalBytes: Int64?
        var bytesPerSecond: Double?
        switch job.pace {
        case .duration(let seconds): duration = seconds
        case .throughput(let bytes, let rate): (totalBytes, bytesPerSecond) = (bytes, rate)
        }
        try session.execute("""
            INSERT INTO copy_jobs (resource_key, resource_id, source_resource_id, start_time, duration_seconds,
                total_bytes, bytes_per_second, error)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (resource_key) DO UPDATE SET source_resource_id = excluded.source_resource_id,
                start_time = excluded.start_time, duration_seconds = excluded.duration_seconds,
                total_bytes = excluded.total_bytes, bytes_per_second = excluded.bytes_per_second,
                error = excluded.error
            """, [
                Self.key(job.resourceId), job.resourceId, job.sourceResourceId, Self.seconds(job.startTime),
                duration, totalBytes, bytesPerSecond, Self.text(job.error),
            ])
    }

    package func deleteCopyJob(resourceId: String) throws -> Bool {
        return try session.execute("DELETE FROM copy_jobs WHERE resource_key = ?", [Self.key(resourceId)]) > 0
    }

    static func copyJob(from row: SQLRow) throws -> CopyJob {
        let duration: Double? = try row.decode(forColumn: "duration_seconds")
        let totalBytes: Int64? = try row.decode(forColumn: "total_bytes")
        let bytesPerSecond: Double? = try row.decode(forColumn: "bytes_per_second")
        let pace: CopyJob.Pace
        if let duration {
            pace = .duration(duration)
        } else if let totalBytes, let bytesPerSecond {
            pace = .throughput(totalBytes: totalBytes, bytesPerSecond: bytesPerSecond)
        } else {
            throw StateError(code: "StateCorrupt", message: "A stored copy job has neither a duration nor a throughput.")
        }
        return CopyJob(
            resourceId: try row.decode(forColumn: "resource_id"),
            sourceResourceId: try row.decode(forColumn: "source_resource_id"),
            startTime: try date(row, "start_time"),
            pace: pace,
            error: try optionalJSON(row, "error"))
    }

    // MARK: Long-running operations

    package func asyncOperation(id: String) throws -> AsyncOperationRecord? {
        try session.row("SELECT * FROM async_operations WHERE id_key = ?", [Self.key(id)])
            .map(Self.asyncOperation(from:))
    }

    package func save(_ operation: AsyncOperationRecord) throws {
        try session.execute("""
            INSERT INTO async_operations (id_key, id, kind, status, start_time, end_time, resource_id, error, properties)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id_key) DO UPDATE SET kind = excluded.kind, status = excluded.status,
                start_time = excluded.start_time, end_time = excluded.end_time, resource_id = excluded.resource_id,
                error = excluded.error, properties = excluded.properties
            """, [
                Self.key(operation.id), operation.id, operation.kind, operation.status.rawValue,
                Self.seconds(operation.startTime), operation.endTime.map(Self.seconds), operation.resourceId,
                Self.text(operation.error), Self.text(operation.properties),
            ])
    }

    package func deleteAsyncOperation(id: String) throws -> Bool {
        return try session.execute("DELETE FROM async_operations WHERE id_key = ?", [Self.key(id)]) > 0
    }

    private static func asyncOperation(from row: SQLRow) throws -> AsyncOperationRecord {
        AsyncOperationRecord(
            id: try row.decode(forColumn: "id"),
            kind: try row.decode(forColumn: "kind"),
            status: ProvisioningState(rawValue: try row.decode(forColumn: "status")),
            startTime: try date(row, "start_time"),
            endTime: try optionalDate(row, "end_time"),
            resourceId: try row.decode(forColumn: "resource_id"),
            error: try optionalJSON(row, "error"),
            properties: try optionalJSON(row, "properties"))
    }
}
