import ArmletCore

/// DiskRP's rule for disk and snapshot names: 1–80 ASCII letters, digits, `_`, `.` and `-`, starting with
/// a letter or digit and ending with a letter, digit or `_` (the "Naming rules and restrictions for Azure
/// resources" table for `Microsoft.Compute/disks` and `snapshots`).
///
/// The service refuses other names with `InvalidParameter` "The value of parameter disk.name is invalid."
/// (target `disk.name`; `snapshot.name` for a snapshot), whichever rule the name breaks.
enum ComputeNaming {
    /// The longest name DiskRP accepts.
    static let maximumLength = 80

    /// Whether `name` is a valid disk or snapshot name.
    static func isValid(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, scalars.count <= maximumLength else { return false }
        return isAlphanumeric(first)
            && (isAlphanumeric(last) || last == "_")
            && scalars.allSatisfy { isAlphanumeric($0) || $0 == "_" || $0 == "." || $0 == "-" }
    }

    /// The refusal of `name` for a resource of kind `kind` (`disk` or `snapshot`), or `nil` when it is valid.
    static func problem(name: String, kind: String) -> ARMError? {
        guard !isValid(name) else { return nil }
        return ARMError(code: "InvalidParameter", message: "The value of parameter \(kind).name is invalid.",
                        target: "\(kind).name")
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
