import ArmletJSON
import Foundation

// Usage: swift run -c release ArmletBenchmarks [--repetitions N] [--corpus PATH] [--filter TEXT]
//                                              [--load-clients N] [--load-seconds S]
// --filter runs only the phases whose name contains TEXT (e.g. --filter apply, --filter lint, --filter server,
// --filter disk-data: the 64 GiB disk with ten incremental snapshots; ARMLET_BENCH_DISK_GIB shrinks it).
// --load-clients and --load-seconds shape the server load phases (8 clients, 3 s per repetition by
// default; bounded to 1...256 clients and 0.1...60 s). Each prints the repetition with the median
// throughput, with errors and lost writes totalled over all repetitions; any of them, or a stalled
// server, makes the process exit with 1.
var repetitions = 7
var filter: String?
var corpusPath = "../shared/corpus/templates"
var loadClients = 8
var loadSeconds = 3.0
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--repetitions": repetitions = Int(arguments.next() ?? "") ?? repetitions
    case "--corpus": corpusPath = arguments.next() ?? corpusPath
    case "--filter": filter = arguments.next()
    case "--load-clients": loadClients = min(256, max(1, Int(arguments.next() ?? "") ?? loadClients))
    case "--load-seconds": loadSeconds = min(60, max(0.1, Double(arguments.next() ?? "") ?? loadSeconds))
    default:
        FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
        exit(2)
    }
}

let corpus: Corpus
do {
    corpus = try Corpus.load(from: URL(fileURLWithPath: corpusPath))
} catch {
    FileHandle.standardError.write(Data("cannot read the corpus at \(corpusPath): \(error)\n".utf8))
    exit(1)
}
print("corpus: \(corpus.files.count) files, \(corpus.totalBytes) bytes (\(corpusPath))")

let readArmlet = Phase(name: "read JSON (Armlet, with positions)", bytes: corpus.totalBytes, items: corpus.files.count) {
    var ok = 0
    for file in corpus.files where (try? JSONReader.read(file.bytes, file: file.name)) != nil { ok += 1 }
    return ok
}
let readFoundation = Phase(name: "read JSON (Foundation)", bytes: corpus.totalBytes, items: corpus.files.count) {
    var ok = 0
    for file in corpus.files
    where (try? JSONSerialization.jsonObject(with: Data(file.bytes), options: [.fragmentsAllowed])) != nil {
        ok += 1
    }
    return ok
}

let loadPhases = serverLoadPhases(clients: loadClients, seconds: loadSeconds)
var loadFailed = false

if let filter {
    let all = [readArmlet, readFoundation] + extraPhases(corpus: corpus) + lintPhases(corpus: corpus) + jmespathPhases()
        + whatIfPhases() + deployPhases()
    for phase in all where phase.name.contains(filter) {
        _ = phase.measure(repetitions: repetitions)
    }
    for phase in loadPhases where phase.name.contains(filter) {
        if await !phase.measure(repetitions: repetitions) { loadFailed = true }
    }
    if "disk-data".contains(filter), await !diskDataPhase() { loadFailed = true }
    exit(loadFailed ? 1 : 0)
}
let armletTime = readArmlet.measure(repetitions: repetitions)
if ProcessInfo.processInfo.environment["ARMLET_BENCH_SKIP_FOUNDATION"] == nil {
    let foundationTime = readFoundation.measure(repetitions: repetitions)
    print(String(format: "JSON read speed-up over Foundation: %.1fx", foundationTime / armletTime))
}
for phase in extraPhases(corpus: corpus) + lintPhases(corpus: corpus) + jmespathPhases() + whatIfPhases() + deployPhases() {
    _ = phase.measure(repetitions: repetitions)
}
for phase in loadPhases {
    if await !phase.measure(repetitions: repetitions) { loadFailed = true }
}
// The disk-data phase writes 7 GiB; scripts/bench.sh leaves it out (ARMLET_BENCH_SKIP_DISK_DATA).
if ProcessInfo.processInfo.environment["ARMLET_BENCH_SKIP_DISK_DATA"] == nil, await !diskDataPhase() { loadFailed = true }
exit(loadFailed ? 1 : 0)
