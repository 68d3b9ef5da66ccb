import ArmletPostgres
import ArmletState
import Foundation

/// "server load": the real HTTPS (or plain-HTTP) ARM application in-process on a free loopback port,
/// hit by `clients` concurrent sequential clients on keep-alive connections for `seconds` per
/// repetition — GET a disk, list the disks of its group, PUT a new disk, poll that PUT's
/// `Azure-AsyncOperation` — then checked for lost writes. The Swift, release-mode counterpart of
/// `scripts/client-tests/load_check.py`.
///
/// Each repetition gets a fresh server and state directory. The printed line is the repetition
/// with the median throughput (its request count, duration, req/s, p50 and p99); errors and lost
/// writes are the totals over all repetitions, and any of them makes ``measure(repetitions:)``
/// report failure.
struct ServerLoadPhase: Sendable {
    let transport: LoadServer.Transport
    let clients: Int
    let seconds: Double
    /// Servers sharing the state (each with its own connections, as separate processes would have).
    var servers = 1
    /// The PostgreSQL server whose new database holds the state; nil: a SQLite directory.
    var postgres: PostgresLocation?

    var name: String {
        let state = postgres == nil ? "" : ", PostgreSQL, \(servers) server\(servers == 1 ? "" : "s")"
        return "server load (\(clients) clients, \(transport.rawValue)\(state))"
    }

    /// Runs the repetitions, prints one line and returns whether there were no errors and no lost writes.
    func measure(repetitions: Int) async -> Bool {
        var runs: [LoadRun] = []
        for _ in 0..<max(1, repetitions) {
            do {
                runs.append(try await LoadRun.perform(transport, clients: clients, seconds: seconds, phase: name,
                                                      servers: servers, postgres: postgres))
            } catch {
                print("\(name) failed: \(error)")
                return false
            }
        }
        let median = runs.sorted { $0.perSecond < $1.perSecond }[runs.count / 2]
        let errors = runs.reduce(0) { $0 + $1.errors }
        let lost = runs.reduce(0) { $0 + $1.lostWrites }
        let label = name.padding(toLength: 52, withPad: " ", startingAt: 0)
        print(String(format: "%@ %7d requests in %.2f s  %6.0f req/s  p50 %5.2f ms  p99 %6.2f ms  errors %d  lost writes %d  (n=%d, median run)",
                     label, median.requests, median.seconds, median.perSecond, median.p50 * 1000, median.p99 * 1000,
                     errors, lost, runs.count))
        if let problem = runs.lazy.compactMap(\.problem).first {
            print("  first problem: \(problem)")
        }
        return errors == 0 && lost == 0
    }
}

/// The load phases: HTTPS, then plain HTTP (to show what TLS costs); with `ARMLET_BENCH_POSTGRES_URL`
/// (scripts/bench-scale-out.sh starts a server) HTTPS again on PostgreSQL with one, two and three servers.
func serverLoadPhases(clients: Int, seconds: Double) -> [ServerLoadPhase] {
    var phases = [ServerLoadPhase(transport: .https, clients: clients, seconds: seconds),
                  ServerLoadPhase(transport: .http, clients: clients, seconds: seconds)]
    if let url = ProcessInfo.processInfo.environment["ARMLET_BENCH_POSTGRES_URL"], !url.isEmpty {
        do {
            let location = try PostgresLocation(url: url)
            for servers in 1...3 {
                phases.append(ServerLoadPhase(transport: .https, clients: clients, seconds: seconds, servers: servers,
                                              postgres: location))
            }
        } catch {
            print("ARMLET_BENCH_POSTGRES_URL: \(error.message)")
        }
    }
    return phases
}
