package import ArmletCore
package import ArmletJSON

/// An error from the state store or the clock configuration, with an ARM-style code.
///
/// Codes: `StateLocked` (another process held the database past the busy timeout), `StateCorrupt`
/// (the file is not a readable Armlet database, or a stored value no longer parses),
/// `StateUnwritable` (the directory or file cannot be created or written), `StateSchemaTooNew` (the
/// file was written by a newer Armlet), `StateStoreFailed` (anything else SQLite reports), and
/// `InvalidClockConfiguration`.
package struct StateError: ArmletError, Hashable {
    package var code: String
    package var message: String
    package var location: SourceLocation? { nil }

    /// An error with ARM `code` and a human `message`.
    package init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}

extension StateError {
    /// Another process kept the database locked longer than the busy timeout.
    package static func locked(path: String, timeout: Double) -> StateError {
        StateError(code: "StateLocked", message: """
            The Armlet state in '\(path)' is in use by another armlet process, which did not finish within \
            \(Self.seconds(timeout)) seconds. Wait for it to finish and try again, or use a separate \
            state directory (--state-dir or ARMLET_HOME).
            """)
    }

    /// The file is not a database Armlet can read.
    package static func corrupt(path: String, detail: String) -> StateError {
        StateError(code: "StateCorrupt", message: """
            The Armlet state file '\(path)' is damaged or is not an Armlet database (\(detail)). Move it \
            aside to start with an empty state, or point --state-dir (or ARMLET_HOME) elsewhere.
            """)
    }

    /// The state directory or file cannot be created or written.
    package static func unwritable(path: String, detail: String) -> StateError {
        StateError(code: "StateUnwritable", message: """
            Armlet cannot write its state at '\(path)' (\(detail)). Check that the directory exists and is \
            writable, or choose another one with --state-dir (or ARMLET_HOME).
            """)
    }

    private static func seconds(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }

    /// The database was migrated by a newer Armlet.
    package static func schemaTooNew(path: String) -> StateError {
        StateError(code: "StateSchemaTooNew", message: """
            The Armlet state file '\(path)' was written by a newer version of Armlet. Use that version, \
            or move the file aside to start with an empty state.
            """)
    }

    /// Any other failure of the database.
    package static func failed(path: String, detail: String) -> StateError {
        StateError(code: "StateStoreFailed", message: "The Armlet state in '\(path)' could not be used: \(detail).")
    }
}

extension StateError: ARMErrorConvertible {
    /// Contention is 429 `TooManyRequests` (clients retry it after `Retry-After`); every other state
    /// failure is Armlet's own fault, 500, keeping its code.
    package var armError: ARMError {
        switch code {
        case "StateLocked": ARMError(code: "TooManyRequests", message: message, httpStatus: 429)
        case "InvalidClockConfiguration": ARMError(code: code, message: message)
        default: ARMError(code: code, message: message, httpStatus: 500)
        }
    }
}
