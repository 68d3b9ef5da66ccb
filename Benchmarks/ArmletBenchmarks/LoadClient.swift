import HTTPTypes

/// What one load client did: every request's latency, its errors and the disks it wrote.
struct LoadClientResult: Sendable {
    /// Latency of every request, in seconds.
    var latencies: [Double] = []
    /// Requests answered with an unexpected status (≥ 400; for a PUT anything but 200/201/202) or
    /// that failed in transport.
    var errors = 0
    /// The first error, described for the report.
    var firstError: String?
    /// Disk name → `diskSizeGB` for every disk PUT answered 2xx.
    var written: [String: Int] = [:]
}

/// One sequential client on its own keep-alive connection, repeating until `deadline`:
/// GET the disk `d1`, GET the disk list of its group, PUT a new disk with a unique name, and GET the
/// `Azure-AsyncOperation` URL that PUT returned. It stops at the first transport error (the
/// connection is then unusable; the error is counted).
struct LoadClient {
    let index: Int
    let connection: LoadConnection
    let deadline: ContinuousClock.Instant
    let progress: LoadProgress

    /// Runs the mix until the deadline and returns what happened.
    func run() async -> LoadClientResult {
        var result = LoadClientResult()
        var cycle = 0
        while ContinuousClock.now < deadline {
            guard await request(.get, LoadPaths.disk, into: &result) != nil, ContinuousClock.now < deadline,
                  await request(.get, LoadPaths.diskList, into: &result) != nil, ContinuousClock.now < deadline
            else { break }
            let name = "c\(index)-\(cycle)"
            let size = 4 + (index * 7 + cycle) % 60
            guard let put = await request(.put, LoadPaths.newDisk(name), body: LoadPaths.diskBody(size: size),
                                          expect: [200, 201, 202], into: &result)
            else { break }
            if (200..<300).contains(put.status) { result.written[name] = size }
            if put.status == 202, ContinuousClock.now < deadline {
                guard let poll = put.header("Azure-AsyncOperation").flatMap(LoadPaths.pathAndQuery) else {
                    record("PUT \(name) answered 202 without a usable Azure-AsyncOperation", into: &result)
                    cycle += 1
                    continue
                }
                guard await request(.get, poll, into: &result) != nil else { break }
            }
            cycle += 1
        }
        await connection.close()
        return result
    }

    /// Sends one request, timing it; nil after a transport error (counted, but not timed).
    private func request(_ method: HTTPRequest.Method, _ path: String, body: String? = nil, expect: Set<Int>? = nil,
                         into result: inout LoadClientResult) async -> LoadReply? {
        let start = ContinuousClock.now
        do {
            let reply = try await connection.send(method, path, body: body)
            result.latencies.append((ContinuousClock.now - start).seconds)
            progress.completed()
            let ok = expect.map { $0.contains(reply.status) } ?? (reply.status < 400)
            if !ok { record("\(method.rawValue) \(path) answered \(reply.status): \(reply.text.prefix(160))", into: &result) }
            return reply
        } catch {
            record("\(method.rawValue) \(path) failed: \(error)", into: &result)
            return nil
        }
    }

    private func record(_ error: String, into result: inout LoadClientResult) {
        result.errors += 1
        if result.firstError == nil { result.firstError = "client \(index): " + error }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
