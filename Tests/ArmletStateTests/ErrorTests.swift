import ArmletJSON
import ArmletState
import Foundation
import Testing

@Suite("Store errors")
struct ErrorTests {
    @Test("a file that is not a database is StateCorrupt, with the path and what to do")
    func corruptFile() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("state.sqlite")
        try Data(String(repeating: "this is not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try SQLiteStateStore(directory: directory.path)
        } throws: { error in
            guard let error = error as? StateError else { return false }
            return error.code == "StateCorrupt" && error.message.contains(path)
                && error.message.contains("Move it aside")
        }
    }

    @Test("a state directory that cannot be created is StateUnwritable")
    func unwritableDirectory() throws {
        let directory = TemporaryDirectory()
        let blocker = directory.file("file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let wanted = blocker + "/state"
        #expect {
            _ = try SQLiteStateStore(directory: wanted)
        } throws: { error in
            guard let error = error as? StateError else { return false }
            return error.code == "StateUnwritable" && error.message.contains(wanted)
                && error.message.contains("--state-dir")
        }
    }

    @Test("errors render as the CLI prints them")
    func rendering() {
        let error = StateError.locked(path: "/tmp/x/state.sqlite", timeout: 10)
        #expect(error.description.hasPrefix("(StateLocked) The Armlet state in '/tmp/x/state.sqlite' is in use"))
        #expect(error.message.contains("within 10 seconds"))
        #expect(error.location == nil)
    }

    @Test("the state directory comes from --state-dir, then ARMLET_HOME, then ~/.armlet")
    func directoryChoice() throws {
        #expect(SQLiteStateStore.defaultDirectory(environment: ["ARMLET_HOME": "/srv/armlet", "HOME": "/home/u"])
                == "/srv/armlet")
        #expect(SQLiteStateStore.defaultDirectory(environment: ["ARMLET_HOME": "", "HOME": "/home/u"])
                == "/home/u/.armlet")
        #expect(SQLiteStateStore.defaultDirectory(environment: ["HOME": "/home/u"]) == "/home/u/.armlet")

        let directory = TemporaryDirectory()
        let viaHome = try SQLiteStateStore(environment: ["ARMLET_HOME": directory.file("home")])
        #expect(viaHome.path == directory.file("home") + "/state.sqlite")
        let explicit = try SQLiteStateStore(directory: directory.file("explicit"),
                                            environment: ["ARMLET_HOME": directory.file("home")])
        #expect(explicit.path == directory.file("explicit") + "/state.sqlite")
    }
}
