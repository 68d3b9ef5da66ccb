import ArmletJSON

/// An error raised by the command line itself (not by a template or the engine).
struct CLIError: ArmletError {
    var code: String
    var message: String
    var location: SourceLocation? { nil }
}
