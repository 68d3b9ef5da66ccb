import ArmletCore
import Testing

@Suite struct ASCIISplitTests {
    private let slash = UInt8(ascii: "/")

    @Test func givesWhatCharacterSplittingGives() {
        let texts = ["", "/", "//", "a", "/a/b/", "//a//b//", "/subscriptions/s1/resourceGroups/rg",
                     "a/é/😀/z", "x&y=1&&z=", "=", "a=b=c", "//a//b", "Bearer  token"]
        for text in texts {
            for separator in ["/", "&", "="] {
                let byte = UInt8(ascii: Unicode.Scalar(separator) ?? "/")
                let expected = text.split(separator: Character(separator))
                #expect(text.split(ascii: byte) == expected, "\(text) at \(separator)")
                let kept = text.split(separator: Character(separator), omittingEmptySubsequences: false)
                #expect(text.split(ascii: byte, omittingEmpty: false) == kept, "\(text) at \(separator), empty kept")
                let once = text.split(separator: Character(separator), maxSplits: 1, omittingEmptySubsequences: false)
                #expect(text.split(ascii: byte, maxSplits: 1, omittingEmpty: false) == once, "\(text) once")
                let onceOmitting = text.split(separator: Character(separator), maxSplits: 1)
                #expect(text.split(ascii: byte, maxSplits: 1) == onceOmitting, "\(text) once, empty dropped")
                for omitting in [true, false] {
                    let none = text.split(separator: Character(separator), maxSplits: 0, omittingEmptySubsequences: omitting)
                    #expect(text.split(ascii: byte, maxSplits: 0, omittingEmpty: omitting) == none, "\(text) unsplit")
                }
            }
        }
    }

    @Test func worksOnSubstrings() {
        let query = "api-version=2025-01-02&$top=5"
        let pairs = query.split(ascii: UInt8(ascii: "&"))
        #expect(pairs == ["api-version=2025-01-02", "$top=5"])
        #expect(pairs[1].split(ascii: UInt8(ascii: "="), maxSplits: 1, omittingEmpty: false) == ["$top", "5"])
    }

    @Test func aSlashBeforeACombiningMarkStillSeparates() {
        // "/\u{301}" is one Character, so Character splitting keeps it whole; ids split at every slash.
        #expect("a/\u{301}b".split(ascii: slash) == ["a", "\u{301}b"])
    }
}
