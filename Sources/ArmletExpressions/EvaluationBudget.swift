public import ArmletJSON
import Synchronization

/// The work one deployment's expressions may do: nested calls, function calls, bytes of values built,
/// and optionally a deadline. Shared by every evaluator of one expansion (nested deployments included),
/// so no template — however its functions, variables, lambdas and copy loops combine — can exhaust the
/// stack, the memory or the time of the process evaluating it. Once exceeded it stays exceeded.
///
/// ARM documents some limits of its own (expression length, `range` count, copy count, template size);
/// these bounds sit above anything a real template needs and stand in where ARM documents none.
public final class EvaluationBudget: Sendable {
    /// The bounds of a budget.
    public struct Limits: Sendable, Hashable {
        /// Function calls nested inside each other, through variables, user functions and lambdas too.
        public var callDepth: Int
        /// Function calls in all.
        public var calls: Int
        /// Bytes of values built (strings, arrays and objects, measured as compact JSON), in all.
        public var bytes: Int
        /// Nesting of one value built by a function.
        public var valueDepth: Int
        /// Wall-clock time, from the budget's creation; `nil` for none.
        public var time: Duration?
        /// Resources planned in all, nested deployments' included.
        public var resources: Int = 20_000

        /// Armlet's defaults: 256 nested calls, a million calls, 64 MiB of values, values nested at most
        /// 640 levels (the JSON reader allows 512, so any value read can still be wrapped) and no deadline.
        /// The costliest template of the shared real-world corpus makes about 5,000 calls and builds 2.7 MB.
        public static let standard = Limits(callDepth: 256, calls: 1_000_000, bytes: 64 << 20, valueDepth: 640,
                                            time: nil)

        /// The bounds of a command a person waits on (`armlet` itself): the standard ones, 60 seconds.
        public static let command = standard(deadline: 60)

        /// The standard bounds with a deadline of `seconds`, for a process that must answer in time.
        public static func standard(deadline seconds: Int) -> Limits {
            var limits = Limits.standard
            limits.time = .seconds(seconds)
            return limits
        }

        /// Bounds as given.
        public init(callDepth: Int, calls: Int, bytes: Int, valueDepth: Int, time: Duration?) {
            self.callDepth = callDepth
            self.calls = calls
            self.bytes = bytes
            self.valueDepth = valueDepth
            self.time = time
        }
    }

    /// The bounds this budget enforces.
    public let limits: Limits
    private let deadline: ContinuousClock.Instant?
    private let depth = Atomic<Int>(0)
    private let calls = Atomic<Int>(0)
    private let bytes = Atomic<Int>(0)
    private let resources = Atomic<Int>(0)
    private let failure = Mutex<ExpressionError?>(nil)

    /// A fresh budget with `limits` (the deadline, if any, starts now).
    public init(_ limits: Limits = .standard) {
        self.limits = limits
        deadline = limits.time.map { ContinuousClock.now.advanced(by: $0) }
    }

    /// The error that ended this budget, if one did.
    public var exhausted: ExpressionError? { failure.withLock { $0 } }

    /// Bytes charged so far.
    public var bytesUsed: Int { bytes.load(ordering: .relaxed) }

    /// Function calls counted so far.
    public var callsMade: Int { calls.load(ordering: .relaxed) }

    /// Counts one call entering; pair with ``leave()``.
    func enter() throws(ExpressionError) {
        if let e = exhausted { throw e }
        let d = depth.wrappingAdd(1, ordering: .relaxed).newValue
        if d > limits.callDepth {
            depth.wrappingSubtract(1, ordering: .relaxed)
            throw fail("the expressions nest function calls more than \(limits.callDepth) deep (through "
                       + "variables, user-defined functions or lambdas)", sticky: false)
        }
        let n = calls.wrappingAdd(1, ordering: .relaxed).newValue
        if n > limits.calls {
            depth.wrappingSubtract(1, ordering: .relaxed)
            throw fail("the template's expressions make more than \(limits.calls) function calls")
        }
        if n & 1023 == 0, let deadline, ContinuousClock.now > deadline {
            depth.wrappingSubtract(1, ordering: .relaxed)
            throw fail("evaluating the template's expressions took longer than \(Self.describe(limits.time))")
        }
    }

    /// Counts one call leaving.
    func leave() { depth.wrappingSubtract(1, ordering: .relaxed) }

    /// Counts one resource planned (nested deployments' included), throwing past the bound.
    public func admitResource() throws(ExpressionError) {
        if let e = exhausted { throw e }
        if resources.wrappingAdd(1, ordering: .relaxed).newValue > limits.resources {
            throw fail("the deployment and its nested deployments plan more than \(limits.resources) resources")
        }
    }

    /// Charges `count` bytes about to be built, throwing when the total would pass the bound.
    public func reserve(_ count: Int) throws(ExpressionError) {
        if let e = exhausted { throw e }
        let total = bytes.wrappingAdd(max(0, count), ordering: .relaxed).newValue
        if count > limits.bytes || total > limits.bytes || total < 0 {
            throw fail("the values the template's expressions build exceed \(limits.bytes >> 20) MiB")
        }
    }

    /// Charges what building `value` cost: its own size, not that of the values it shares (an
    /// element costs its slot in memory, a member its slot and its key).
    func charge(shallow value: JSONValue) throws(ExpressionError) {
        switch value {
        case .string(let s): try reserve(s.utf8.count)
        case .array(let a): try reserve(a.count * MemoryLayout<JSONValue>.stride)
        case .object(let o): try reserve(o.count * (MemoryLayout<JSONValue>.stride + MemoryLayout<String>.stride))
        default: return
        }
    }

    /// Checks that `value` is nested no deeper than the bound and charges the walk; a value built
    /// from shared parts (a doubling structure) is charged for every part it repeats.
    public func check(deep value: JSONValue) throws(ExpressionError) {
        if let e = exhausted { throw e }
        switch value {
        case .array, .object: break
        default: return
        }
        let remaining = max(0, limits.bytes - bytes.load(ordering: .relaxed))
        let extent = value.extent(maxDepth: limits.valueDepth, maxBytes: remaining)
        if extent.depth > limits.valueDepth {
            throw fail("a value the template's expressions build is nested more than \(limits.valueDepth) levels deep")
        }
        try reserve(extent.exceeded ? remaining + 1 : extent.bytes)
    }

    private func fail(_ detail: String, sticky: Bool = true) -> ExpressionError {
        let error = ExpressionError("The template is too costly to evaluate: \(detail), which is Armlet's limit. "
                                    + "Simplify the expressions or split the deployment")
        if sticky { failure.withLock { if $0 == nil { $0 = error } } }
        return error
    }

    private static func describe(_ time: Duration?) -> String {
        guard let time else { return "no limit" }
        let (seconds, attoseconds) = time.components
        if seconds >= 1 { return seconds == 1 ? "1 second" : "\(seconds) seconds" }
        return "\(attoseconds / 1_000_000_000_000_000) ms"
    }
}
