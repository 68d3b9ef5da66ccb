import ArmletEngine
import ArmletPostgres
import ArmletState
import Testing

/// Which state a command or server opens: flags before the environment, a URL before a directory.
@Suite struct StateBackendTests {
    static let env = ["ARMLET_STATE_URL": "postgresql://env@envhost:5433/envdb", "ARMLET_HOME": "/srv/armlet"]

    @Test func flagsComeBeforeTheEnvironment() throws {
        #expect(try StateBackend.postgresLocation(directory: nil, url: nil, environment: Self.env)?.display
                == "postgresql://env@envhost:5433/envdb")
        // An explicit --state-dir wins over ARMLET_STATE_URL; an explicit --state-url over both.
        #expect(try StateBackend.postgresLocation(directory: "/tmp/state", url: nil, environment: Self.env) == nil)
        #expect(try StateBackend.postgresLocation(directory: "/tmp/state", url: "postgresql://flag@h/db", environment: Self.env)?
                    .display == "postgresql://flag@h:5432/db")
        #expect(try StateBackend.postgresLocation(directory: nil, url: nil, environment: ["ARMLET_HOME": "/srv"]) == nil)
        #expect(try StateBackend.postgresLocation(directory: nil, url: "", environment: [:]) == nil)
    }

    @Test func aBadURLInTheEnvironmentIsAClearError() throws {
        let error = try #require(throws: StateError.self) {
            try StateBackend.postgresLocation(directory: nil, url: nil, environment: ["ARMLET_STATE_URL": "sqlite:///x"])
        }
        #expect(error.code == "InvalidStateURL")
        let configuration = try EngineConfiguration(environment: ["ARMLET_STATE_URL": "postgresql://u:secret@h/db", "HOME": "/h"])
        #expect(configuration.stateDescription == "postgresql://u@h:5432/db")
        let directory = try EngineConfiguration(stateDirectory: "/d", environment: ["ARMLET_STATE_URL": "postgresql://u@h/db"])
        #expect(directory.stateDescription == "/d")
    }
}
