package import ArmletPostgres
import ArmletState
import Foundation

/// The PostgreSQL server of the test run (`ARMLET_TEST_POSTGRES_URL`), each test in a database of its own.
package enum TestPostgres {
    /// Whether the run must test PostgreSQL (`ARMLET_REQUIRE_POSTGRES=1`, set by CI): its cases then
    /// fail instead of being left out when no server is configured.
    package static let required = ProcessInfo.processInfo.environment["ARMLET_REQUIRE_POSTGRES"] == "1"

    /// The server's URL, or nil (and a warning, once) when none is configured.
    package static let location: PostgresLocation? = {
        let environment = ProcessInfo.processInfo.environment
        guard let url = environment["ARMLET_TEST_POSTGRES_URL"], !url.isEmpty else {
            let message = "ARMLET_TEST_POSTGRES_URL is not set: the PostgreSQL store tests are SKIPPED"
            FileHandle.standardError.write(Data("WARNING: \(message) (scripts/test.sh starts a server)\n".utf8))
            return nil
        }
        return try? PostgresLocation(url: url)
    }()

    /// A new empty database on the test server, dropped when the last reference goes away.
    package final class Database: Sendable {
        package let location: PostgresLocation
        private let server: PostgresLocation

        package init() throws {
            guard let server = TestPostgres.location else {
                throw StateError(code: "NoTestServer", message: "ARMLET_TEST_POSTGRES_URL is not set (ARMLET_REQUIRE_POSTGRES=1)")
            }
            self.server = server
            var location = server
            location.database = "armlet_test_" + UUID().uuidString.prefix(8).lowercased()
            try PostgresAdmin.createDatabase(location.database, at: server)
            self.location = location
        }

        deinit { try? PostgresAdmin.dropDatabase(location.database, at: server) }
    }
}
