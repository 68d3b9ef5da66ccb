/// Every error Armlet reports: an ARM-style code, a message a person understands, and where it applies.
///
/// Errors render the same way on the command line, in a REST error body and in SARIF.
public protocol ArmletError: Error, Sendable, CustomStringConvertible {
    /// ARM's error code, e.g. `InvalidTemplate`.
    var code: String { get }
    /// The human message (without the code).
    var message: String { get }
    /// Where in a file the error applies, when known.
    var location: SourceLocation? { get }
    /// The JSON path of the offending element, when known (ARM's `target`).
    var target: String? { get }
}

extension ArmletError {
    public var target: String? { nil }
    public var description: String { "(\(code)) \(message)" }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case info, warning, error

    public static func < (a: Severity, b: Severity) -> Bool {
        let order: [Severity] = [.info, .warning, .error]
        return (order.firstIndex(of: a) ?? 0) < (order.firstIndex(of: b) ?? 0)
    }
}

/// One located problem; decoders collect every one rather than stopping at the first.
public struct Diagnostic: ArmletError, Hashable {
    public var code: String
    public var message: String
    public var location: SourceLocation?
    public var target: String?
    public var severity: Severity

    /// A diagnostic with ARM `code`, `message`, and optional location and JSON path target.
    public init(code: String, message: String, location: SourceLocation? = nil, target: String? = nil,
                severity: Severity = .error) {
        self.code = code
        self.message = message
        self.location = location
        self.target = target
        self.severity = severity
    }

    /// `file:line:col: error Code: message` — the stable one-line form golden files pin.
    public var rendered: String {
        let loc = location.map { "\($0): " } ?? ""
        return "\(loc)\(severity.rawValue) \(code): \(message)"
    }
}

/// Several diagnostics thrown together (decoding reports all problems at once).
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.rendered).joined(separator: "\n") }
}
