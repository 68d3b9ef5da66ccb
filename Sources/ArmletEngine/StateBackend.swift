package import ArmletBlocks
package import ArmletPostgres
package import ArmletState
import Foundation

/// Where the state and the disks' bytes live: the SQLite file and block folder of a state directory
/// (the default), or one PostgreSQL database that several servers and the CLI share
/// (`--state-url`, else `ARMLET_STATE_URL`). With PostgreSQL nothing of the state is kept under the
/// state directory; servers still keep their TLS material and signing key there.
package struct StateBackend: Sendable {
    /// The record store.
    package let store: any StateStore
    /// The disks' and snapshots' bytes.
    package let blocks: any BlockStore
    /// What the state is, for messages: a directory or a URL without its password.
    package let description: String

    /// Opens the state: the flags first (`url`, `--state-url`, then `directory`, `--state-dir`), then the
    /// environment (`ARMLET_STATE_URL`, then `ARMLET_HOME`), else `~/.armlet`.
    /// - Throws: `StateError` (`InvalidStateURL`, `StateStoreFailed` when PostgreSQL cannot be reached, …).
    package static func open(directory: String?, url: String?, environment: [String: String]) throws -> StateBackend {
        if let location = try postgresLocation(directory: directory, url: url, environment: environment) {
            let store = try PostgresStateStore(location: location)
            return StateBackend(store: store, blocks: try PostgresBlockStore(pool: store.pool), description: location.display)
        }
        let folder = directory ?? SQLiteStateStore.defaultDirectory(environment: environment)
        let store = try SQLiteStateStore(directory: folder, environment: environment)
        return StateBackend(store: store, blocks: try openBlocks(in: folder), description: folder)
    }

    /// The PostgreSQL state the flags and environment name, or nil for a SQLite state directory.
    /// - Throws: `StateError` `InvalidStateURL`.
    package static func postgresLocation(directory: String?, url: String?,
                                         environment: [String: String]) throws(StateError) -> PostgresLocation? {
        if let url, !url.isEmpty { return try PostgresLocation(url: url) }
        if directory != nil { return nil }
        return try PostgresLocation.fromEnvironment(environment)
    }

    /// The file block store of the state directory `directory` (`<directory>/blocks`).
    /// - Throws: `StateError` `StateUnwritable` when its folders cannot be made.
    package static func openBlocks(in directory: String) throws -> any BlockStore {
        let path = (directory as NSString).appendingPathComponent("blocks")
        do {
            return try FileBlockStore(directory: path)
        } catch let error as BlockStoreError {
            throw StateError.unwritable(path: path, detail: error.message)
        }
    }

    private init(store: any StateStore, blocks: any BlockStore, description: String) {
        self.store = store
        self.blocks = blocks
        self.description = description
    }
}
