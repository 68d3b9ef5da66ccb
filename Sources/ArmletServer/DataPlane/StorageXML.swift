/// The little XML the page-blob data plane writes.
enum StorageXML {
    /// `text` with `&`, `<`, `>` and quotes escaped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Get Page Ranges' answer: `PageRange` and `ClearRange` entries (End inclusive) in ascending order.
    static func pageList(changed: [Range<Int64>], cleared: [Range<Int64>]) -> String {
        var entries: [(start: Int64, end: Int64, clear: Bool)] = changed.map { ($0.lowerBound, $0.upperBound - 1, false) }
        entries += cleared.map { ($0.lowerBound, $0.upperBound - 1, true) }
        entries.sort { $0.start < $1.start }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><PageList>"
        for entry in entries {
            let tag = entry.clear ? "ClearRange" : "PageRange"
            xml += "<\(tag)><Start>\(entry.start)</Start><End>\(entry.end)</End></\(tag)>"
        }
        return xml + "</PageList>"
    }
}
