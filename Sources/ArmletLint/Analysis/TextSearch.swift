/// Quick questions about a template's raw text, asked before walking its values.
enum TextSearch {
    /// Whether `text` may spell `word` (lower-case ASCII letters) in any letter case: true when it does,
    /// or when it has a `\u` escape that could spell it in a way a byte search does not see.
    static func mayContain(_ text: String, caseInsensitive word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first else { return true }
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            let last = bytes.count - needle.count
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") { return true }
                if index <= last, byte | 0x20 == first {
                    var matched = 1
                    while matched < needle.count, bytes[index + matched] | 0x20 == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                index += 1
            }
            return false
        }
        return answer ?? true
    }
}
