import Foundation
// With the NIO modules in the target, `timespec` resolves to the copy CoreFoundation re-exports.
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// A named phase measured over several repetitions; the median is the figure to quote.
struct Phase {
    let name: String
    let bytes: Int
    let items: Int
    let run: () throws -> Int

    /// Runs the phase `repetitions` times and prints the median wall time and throughput.
    func measure(repetitions: Int) -> Double {
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var check = 0
        var failure: String?
        for _ in 0..<repetitions {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = threadCPUTime()
            do {
                check = try run()
            } catch {
                check = -1
                if failure == nil { failure = "\(error)" }
            }
            cpuTimes.append(threadCPUTime() - cpuStart)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        cpuTimes.sort()
        let median = times[times.count / 2]
        let cpuMedian = cpuTimes[cpuTimes.count / 2]
        let mbps = bytes > 0 ? Double(bytes) / 1_000_000 / median : 0
        let perSecond = Double(items) / median
        let name = self.name.padding(toLength: 34, withPad: " ", startingAt: 0)
        print(String(format: "%@ median %8.2f ms  best %8.2f ms  cpu %8.2f ms  %8.1f MB/s  %9.0f items/s  (n=%d, check %d)",
                     name, median * 1000, (times.first ?? 0) * 1000, cpuMedian * 1000, mbps, perSecond, repetitions, check))
        if let failure { print("  \(self.name) failed: \(failure.prefix(400))") }
        return median
    }
}

/// The corpus of real-world templates shipped beside the repository in `../shared`.
struct Corpus {
    let files: [(name: String, bytes: [UInt8])]
    var totalBytes: Int { files.reduce(0) { $0 + $1.bytes.count } }

    static func load(from folder: URL) throws -> Corpus {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        let files = try names.map { name in
            (name: name, bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
        }
        return Corpus(files: files)
    }
}

/// CPU time of the calling thread in seconds: steadier than wall time on a busy machine.
func threadCPUTime() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
