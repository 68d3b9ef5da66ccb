import ArmletCore

extension Paging {
    /// The page size of `call`: its `$top` when given (ARM's lists read `$top` as the size of every
    /// page, carried on in `nextLink`), never more than `limit`.
    /// - Throws: ``ARMError`` `InvalidTopInQueryString` (400) when `$top` is not a positive integer.
    static func pageSize(_ call: ARMCall, limit: Int) throws(ARMError) -> Int {
        guard let text = call.query["$top"], !text.isEmpty else { return limit }
        guard let top = Int(text), top > 0 else {
            throw ARMError(code: "InvalidTopInQueryString", message: "Invalid $top '\(text)' specified in the query string.")
        }
        return min(top, limit)
    }
}
