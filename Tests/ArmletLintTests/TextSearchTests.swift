@testable import ArmletLint
import Testing

@Suite struct TextSearchTests {
    @Test func findsTheWordInAnyCaseAtAnyPlace() {
        for text in ["adminUsername", "x: ADMINUSERNAME", #"{"AdminUserName": 1}"#, "...adminusername"] {
            #expect(TextSearch.mayContain(text, caseInsensitive: "adminusername"), "\(text)")
        }
        for text in ["", "admin", "adminUser name", "usernameadmin", "mmmmmmmmmmmmmmmm", "dminusername"] {
            #expect(!TextSearch.mayContain(text, caseInsensitive: "adminusername"), "\(text)")
        }
        // The anchor is the word's non-letter ('-') when it has one, found at the text's ends too.
        #expect(TextSearch.mayContain("// ARMLET-DISABLE-next-line x", caseInsensitive: "armlet-disable"))
        #expect(TextSearch.mayContain("armlet-disable", caseInsensitive: "armlet-disable"))
        #expect(!TextSearch.mayContain("armlet disable - armlet-disabl", caseInsensitive: "armlet-disable"))
    }

    @Test func aUnicodeEscapeMayHideTheWordUnlessEscapesCannotOccur() {
        let hidden = #"{"\u0061dminUsername": "x"}"#
        #expect(TextSearch.mayContain(hidden, caseInsensitive: "adminusername"))
        #expect(!TextSearch.mayContain(hidden, caseInsensitive: "armlet-disable", escapes: false))
        #expect(!TextSearch.mayContain(#"{"a": "\\n"}"#, caseInsensitive: "adminusername"))
    }
}
