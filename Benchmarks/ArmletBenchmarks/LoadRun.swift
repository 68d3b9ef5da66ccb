import ArmletPostgres

/// One repetition of the server load: a fresh server, the setup, `clients` concurrent clients for
/// `seconds`, the lost-write check (once every client has finished) and a graceful stop.
struct LoadRun: Sendable {
    let requests: Int
    let seconds: Double
    /// Every request's latency in seconds, sorted.
    let latencies: [Double]
    let errors: Int
    let lostWrites: Int
    /// The first error or the first lost writes, described.
    let problem: String?

    var perSecond: Double { seconds > 0 ? Double(requests) / seconds : 0 }
    var p50: Double { percentile(0.50) }
    var p99: Double { percentile(0.99) }

    /// The latency below which `fraction` of the requests finished (as load_check.py computes it).
    func percentile(_ fraction: Double) -> Double {
        guard !latencies.isEmpty else { return 0 }
        return latencies[min(latencies.count - 1, Int(Double(latencies.count) * fraction))]
    }

    /// Runs one repetition over `transport`; a ``LoadWatchdog`` ends the process if it is not done
    /// 20 s after the clients' deadline.
    /// - Throws: ``LoadError`` or the server's error when the server or the setup fails.
    static func perform(_ transport: LoadServer.Transport, clients: Int, seconds: Double, phase: String,
                        servers count: Int = 1, postgres: PostgresLocation? = nil) async throws -> LoadRun {
        let servers = try await LoadServer.start(transport, count: count, postgres: postgres)
        let server = servers[0]
        let progress = LoadProgress()
        let watchdog = LoadWatchdog(phase: phase, limit: seconds + 20, progress: progress, directory: server.directory)
        defer { watchdog.disarm() }
        let results: [LoadClientResult]
        let elapsed: Double
        let lost: [String]
        do {
            let setup = try LoadConnection.open(to: server)
            let token = try await LoadSetup.prepare(setup)
            await setup.close()
            var connections: [LoadConnection] = []
            for index in 0..<clients {
                // Clients are spread over the servers, as a load balancer would.
                var connection = try LoadConnection.open(to: servers[index % servers.count])
                connection.token = token
                connections.append(connection)
            }
            let start = ContinuousClock.now
            let deadline = start + .milliseconds(Int64(seconds * 1000))
            results = await withTaskGroup(of: LoadClientResult.self) { group in
                for (index, connection) in connections.enumerated() {
                    group.addTask { await LoadClient(index: index, connection: connection, deadline: deadline, progress: progress).run() }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            elapsed = (ContinuousClock.now - start).seconds
            let written = results.reduce(into: [String: Int]()) { $0.merge($1.written) { first, _ in first } }
            lost = try await LostWrites.find(written, in: server.services)
        } catch {
            for server in servers { try? await server.stop() }
            throw error
        }
        for server in servers { try await server.stop() }
        let firstError = results.lazy.compactMap(\.firstError).first
        let problem = firstError ?? (lost.isEmpty ? nil : "lost writes: " + lost.prefix(5).joined(separator: ", "))
        let latencies = results.flatMap(\.latencies).sorted()
        return LoadRun(requests: latencies.count, seconds: elapsed, latencies: latencies,
                       errors: results.reduce(0) { $0 + $1.errors }, lostWrites: lost.count, problem: problem)
    }
}

