import ArmletJSON
import ArmletState
import Foundation

/// The file `armlet state export` writes and `import` reads: JSON Lines, one record per line.
///
/// 1. `{"format":"armlet-state","version":1,"migrations":[…]}`
/// 2. `{"table":"resources","row":{"id_key":…,…}}` for every row of every table of ``StateSchema``
/// 3. per volume `{"volume":NAME,"size":N,"base":OTHER|null}`, then its `{"volume":NAME,"clear":[START,END]}`
///    and `{"volume":NAME,"offset":O,"data":BASE64}` lines (at most 4 MiB each): the volume is `base`
///    (shared, as a snapshot shares its disk's pages) with those ranges cleared and written
/// 4. `{"end":true,"rows":R,"volumes":V,"bytes":B}` — a file without it was cut short and is refused.
enum StateTransferFormat {
    static let name = "armlet-state"
    static let version: Int64 = 1
    /// The largest piece of data on one line.
    static let piece: Int64 = 4 << 20

    /// A row as JSON (text, numbers and null keep their types).
    static func json(_ row: SQLRow) -> JSONValue {
        var object = JSONObject()
        for (name, value) in zip(row.names, row.values) {
            switch value {
            case .null: object[name] = .null
            case .text(let text): object[name] = .string(text)
            case .real(let number): object[name] = .double(number)
            case .integer(let number): object[name] = .int(number)
            case .blob(let bytes): object[name] = ["base64": JSONValue.string(Data(bytes).base64EncodedString())]
            }
        }
        return .object(object)
    }

    /// The SQL value of a row's JSON member.
    static func value(_ json: JSONValue) throws -> SQLValue {
        switch json {
        case .null: return .null
        case .string(let text): return .text(text)
        case .double(let number): return .real(number)
        case .int(let number): return .integer(number)
        case .bool(let flag): return .integer(flag ? 1 : 0)
        case .object(let object):
            guard let encoded = object["base64"]?.stringValue, let data = Data(base64Encoded: encoded) else { throw invalid("a row value") }
            return .blob([UInt8](data))
        case .array: throw invalid("a row value")
        }
    }

    static func invalid(_ what: String, line: Int? = nil) -> StateError {
        StateError(code: "InvalidStateExport", message: """
            The state export is not valid\(line.map { " at line \($0)" } ?? ""): \(what) is not what `armlet state export` writes.
            """)
    }
}
