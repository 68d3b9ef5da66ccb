import ArmletServer
import ArmletState
import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import Testing

/// The listener's own defences, over real sockets: silent and half-sent requests are cut off,
/// a body that never completes is abandoned, and connections beyond the cap wait their turn.
@Suite(.serialized) struct ConnectionLimitTests {
    /// Runs a plain-HTTP server with short timeouts and `maximumConnections`, calling `body` with its port.
    static func withLiveServer(maximumConnections: Int = 64, idleTimeout: Duration = .seconds(1),
                               _ body: @Sendable (Int) async throws -> Void) async throws {
        let directory = NSTemporaryDirectory() + "armlet-live-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var configuration = ServerConfiguration(port: 0, stateDirectory: directory, environment: [:])
        configuration.idleTimeout = idleTimeout
        configuration.bodyTimeout = .seconds(1)
        configuration.maximumConnections = maximumConnections
        let store = try SQLiteStateStore(directory: directory)
        let services = ServerServices(configuration: configuration, store: store, clock: VirtualClock(Date()),
                                      signingKey: try SigningKey.loadOrCreate(directory: configuration.identityDirectory))
        let port = Mutex<Int?>(nil)
        let application = ArmletServer.httpApplication(services: services, port: 0) { bound in
            port.withLock { $0 = bound }
        }
        let group = ServiceGroup(configuration: .init(services: [.init(service: application)],
                                                      logger: Logger(label: "test")))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var bound: Int?
            for _ in 0..<500 where bound == nil {
                bound = port.withLock { $0 }
                if bound == nil { try await Task.sleep(for: .milliseconds(10)) }
            }
            let result: Result<Void, any Error>
            if let bound {
                do { try await body(bound); result = .success(()) } catch { result = .failure(error) }
            } else {
                result = .failure(CancellationError())
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            try result.get()
        }
    }

    static let probe = "GET /metadata/endpoints?api-version=2022-09-01 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"

    @Test func aSilentConnectionIsClosed() async throws {
        try await Self.withLiveServer { port in
            let connection = try #require(RawConnection(port: port))
            let (_, closed) = connection.receive(within: 4)
            #expect(closed, "an idle connection must be closed after the idle timeout")
        }
    }

    @Test func aHalfSentHeadIsClosed() async throws {
        try await Self.withLiveServer { port in
            let connection = try #require(RawConnection(port: port))
            connection.send("GET /metadata/endpoints?api-version=2022-09-01 HTTP/1.1\r\nHost: 127.")
            let (_, closed) = connection.receive(within: 4)
            #expect(closed)
        }
    }

    @Test func aBodyThatNeverCompletesIsAbandoned() async throws {
        // The idle timeout is long here, so that only the body timeout can end the request even when
        // a loaded machine delays the trickle.
        try await Self.withLiveServer(idleTimeout: .seconds(30)) { port in
            let connection = try #require(RawConnection(port: port))
            // A body trickled slower than the body timeout but faster than the idle timeout.
            connection.send("PUT /subscriptions/x/resourcegroups/rg?api-version=2021-04-01 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
            var answer = ""
            var closed = false
            for _ in 0..<40 where !closed && answer.isEmpty {
                connection.send(" ")
                (answer, closed) = connection.receive(within: 0.25)
            }
            #expect(answer.hasPrefix("HTTP/1.1 408"), "answer: \(answer.prefix(200)), closed: \(closed)")
            #expect(answer.contains("RequestTimeout"))
        }
    }

    @Test func aRequestStillGetsAnswered() async throws {
        try await Self.withLiveServer { port in
            let connection = try #require(RawConnection(port: port))
            connection.send(Self.probe)
            let (answer, _) = connection.receive(within: 5, until: RawConnection.headComplete)
            #expect(answer.hasPrefix("HTTP/1.1 200"), "answer: \(answer.prefix(200))")
        }
    }

    @Test func connectionsBeyondTheCapWait() async throws {
        try await Self.withLiveServer(maximumConnections: 1) { port in
            let first = try #require(RawConnection(port: port))
            first.send(Self.probe)
            #expect(first.receive(within: 5, until: RawConnection.headComplete).text.hasPrefix("HTTP/1.1 200"))
            // The first connection is still open: the second is accepted by the kernel but not served.
            let second = try #require(RawConnection(port: port))
            second.send(Self.probe)
            #expect(second.receive(within: 0.3).text.isEmpty)
            // Once the first is closed by the idle timeout, the second is served.
            let (answer, _) = second.receive(within: 8, until: RawConnection.headComplete)
            #expect(answer.hasPrefix("HTTP/1.1 200"), "answer: \(answer.prefix(200))")
        }
    }
}
