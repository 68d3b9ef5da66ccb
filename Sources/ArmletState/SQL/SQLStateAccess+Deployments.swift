import ArmletCore
import ArmletJSON
import Foundation

extension SQLStateAccess {
    // MARK: Deployments

    package func deployment(scope: String, name: String) throws -> DeploymentRecord? {
        let id = DeploymentRecord.id(scope: Self.trimmedScope(scope), name: name)
        return try session.row("SELECT * FROM deployments WHERE id_key = ?", [Self.key(id)])
            .map(Self.deployment(from:))
    }

    package func deployments(scope: String) throws -> [DeploymentRecord] {
        try session.rows("""
            SELECT * FROM deployments WHERE scope_key = ? ORDER BY timestamp, id_key
            """, [Self.key(Self.trimmedScope(scope))]).map(Self.deployment(from:))
    }

    package func save(_ deployment: DeploymentRecord) throws {
        let scope = Self.trimmedScope(deployment.scope)
        let id = DeploymentRecord.id(scope: scope, name: deployment.name)
        // An upsert, not INSERT OR REPLACE: replacing would delete the row and cascade to its operations.
        try session.execute("""
            INSERT INTO deployments (id_key, scope_key, scope, name, subscription_id, resource_group, location,
                template, parameters, mode, provisioning_state, outputs, error, timestamp, duration,
                correlation_id, template_hash, on_error_deployment)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id_key) DO UPDATE SET location = excluded.location, template = excluded.template,
                parameters = excluded.parameters, mode = excluded.mode,
                provisioning_state = excluded.provisioning_state, outputs = excluded.outputs,
                error = excluded.error, timestamp = excluded.timestamp, duration = excluded.duration,
                correlation_id = excluded.correlation_id, template_hash = excluded.template_hash,
                on_error_deployment = excluded.on_error_deployment
            """, [
                Self.key(id), Self.key(scope), scope, deployment.name, deployment.subscriptionId,
                deployment.resourceGroup, deployment.location, Self.text(deployment.template),
                Self.text(deployment.parameters), deployment.mode.rawValue, deployment.provisioningState.rawValue,
                Self.text(deployment.outputs), Self.text(deployment.error), Self.seconds(deployment.timestamp),
                deployment.duration, deployment.correlationId, deployment.templateHash,
                Self.text(deployment.onErrorDeployment),
            ])
    }

    package func deleteDeployment(scope: String, name: String) throws -> Bool {
        let id = DeploymentRecord.id(scope: Self.trimmedScope(scope), name: name)
        return try session.execute("DELETE FROM deployments WHERE id_key = ?", [Self.key(id)]) > 0
    }

    private static func trimmedScope(_ scope: String) -> String {
        var scope = scope
        while scope.hasSuffix("/") { scope.removeLast() }
        return scope
    }

    private static func deployment(from row: SQLRow) throws -> DeploymentRecord {
        let modeText: String = try row.decode(forColumn: "mode")
        guard let mode = DeploymentMode(rawValue: modeText) else {
            throw StateError(code: "StateCorrupt", message: "A stored deployment has the unknown mode '\(modeText)'.")
        }
        return DeploymentRecord(
            scope: try row.decode(forColumn: "scope"),
            name: try row.decode(forColumn: "name"),
            subscriptionId: try row.decode(forColumn: "subscription_id"),
            resourceGroup: try row.decode(forColumn: "resource_group"),
            location: try row.decode(forColumn: "location"),
            template: try json(row, "template"),
            parameters: try json(row, "parameters"),
            mode: mode,
            provisioningState: ProvisioningState(rawValue: try row.decode(forColumn: "provisioning_state")),
            outputs: try optionalJSON(row, "outputs"),
            error: try optionalJSON(row, "error"),
            timestamp: try date(row, "timestamp"),
            duration: try row.decode(forColumn: "duration"),
            correlationId: try row.decode(forColumn: "correlation_id"),
            templateHash: try row.decode(forColumn: "template_hash"),
            onErrorDeployment: try optionalJSON(row, "on_error_deployment"))
    }

    // MARK: Deployment operations

    package func deploymentOperations(deploymentId: String) throws -> [DeploymentOperationRecord] {
        try session.rows("""
            SELECT * FROM deployment_operations WHERE deployment_key = ? ORDER BY sequence
            """, [Self.key(deploymentId)]).map(Self.deploymentOperation(from:))
    }

    package func deploymentOperation(deploymentId: String, operationId: String) throws -> DeploymentOperationRecord? {
        try session.row("""
            SELECT * FROM deployment_operations WHERE deployment_key = ? AND operation_key = ?
            """, [Self.key(deploymentId), Self.key(operationId)]).map(Self.deploymentOperation(from:))
    }

    package func save(_ operation: DeploymentOperationRecord) throws {
        let deploymentKey = Self.key(operation.deploymentId)
        guard let deploymentId = try session.string(
            "SELECT scope || '/providers/Microsoft.Resources/deployments/' || name FROM deployments WHERE id_key = ?",
            [deploymentKey])
        else {
            throw StateError(code: "DeploymentNotFound", message: """
                Cannot save operation '\(operation.operationId)': the deployment '\(operation.deploymentId)' \
                does not exist in the state.
                """)
        }
        try session.execute("""
            INSERT INTO deployment_operations (deployment_key, operation_key, sequence, deployment_id, operation_id,
                provisioning_operation, resource_id, resource_type, resource_name, provisioning_state, status_code,
                status_message, timestamp, duration)
            VALUES (?, ?, (SELECT coalesce(max(sequence), 0) + 1 FROM deployment_operations WHERE deployment_key = ?),
                ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (deployment_key, operation_key) DO UPDATE SET
                provisioning_operation = excluded.provisioning_operation, resource_id = excluded.resource_id,
                resource_type = excluded.resource_type, resource_name = excluded.resource_name,
                provisioning_state = excluded.provisioning_state, status_code = excluded.status_code,
                status_message = excluded.status_message, timestamp = excluded.timestamp,
                duration = excluded.duration
            """, [
                deploymentKey, Self.key(operation.operationId), deploymentKey, deploymentId, operation.operationId,
                operation.provisioningOperation, operation.resourceId, operation.resourceType, operation.resourceName,
                operation.provisioningState.rawValue, operation.statusCode, Self.text(operation.statusMessage),
                Self.seconds(operation.timestamp), operation.duration,
            ])
    }

    package func deleteDeploymentOperations(deploymentId: String) throws -> Int {
        try session.execute("DELETE FROM deployment_operations WHERE deployment_key = ?", [Self.key(deploymentId)])
    }

    private static func deploymentOperation(from row: SQLRow) throws -> DeploymentOperationRecord {
        DeploymentOperationRecord(
            deploymentId: try row.decode(forColumn: "deployment_id"),
            operationId: try row.decode(forColumn: "operation_id"),
            provisioningOperation: try row.decode(forColumn: "provisioning_operation"),
            resourceId: try row.decode(forColumn: "resource_id"),
            resourceType: try row.decode(forColumn: "resource_type"),
            resourceName: try row.decode(forColumn: "resource_name"),
            provisioningState: ProvisioningState(rawValue: try row.decode(forColumn: "provisioning_state")),
            statusCode: try row.decode(forColumn: "status_code"),
            statusMessage: try optionalJSON(row, "status_message"),
            timestamp: try date(row, "timestamp"),
            duration: try row.decode(forColumn: "duration"))
    }
}
