import ArmletExpressions
import ArmletJSON
import Testing

/// uniqueString()/guid() vectors from shared/reference/template-functions.md §2.5.
@Suite("uniqueString and guid")
struct HashTests {
    @Test(arguments: [
        // Observed from Azure (Kingsland.ArmLinter, commercial-marketplace-offer-deploy).
        (["aaa"], "zavj67f3en4hc"),
        (["bbb"], "w5eragfxe33cy"),
        (["zzz"], "cryksdzzzawae"),
        (["xxx", "yyy", "zzz"], "lghi7k5js7itq"),
        (["/subscriptions/31e9f9a0-9fd2-4294-a0a3-0101246d9700/resourceGroups/rg-modm201-20230913120256/providers/Microsoft.Compute/virtualMachines/bobjacmodm201"], "yvjxno3je5on2"),
        // Claimed by uniquestring.sh to match Bicep.
        (["test"], "rbgf3xv4ufgzg"),
        (["hello", "world"], "a7wkljktk6wne"),
        (["abc"], "cgtzqvhu4i23s"),
        (["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg"], "bmg7c6xu4tw46"),
        (["foo", "bar", "baz"], "xzi4ioaxtmth4"),
        // Computed by the documented algorithm.
        ([""], "aaaaaaaaaaaaa"),
        (["a"], "eveiun73364hy"),
        (["abcdefgh"], "q7ncvd5x2rx4e"),
        (["abcdefghi"], "zignisl6otg3u"),
        (["abcdefghijklmno"], "2j5jl7lcvuht4"),
        (["é"], "5i6hbiqzwuby6"),
    ])
    func uniqueString(arguments: [String], expected: String) throws {
        #expect(AzureHashes.uniqueString(arguments) == expected)
        let call = "uniqueString(" + arguments.map { "'\($0)'" }.joined(separator: ", ") + ")"
        #expect(try eval(call) == .string(expected))
    }

    @Test(arguments: [
        (["a", "b", "c"], "a98fa280-e03f-5afa-8d8e-92d0a9c201e8"),
        (["hello"], "520f8434-fe3a-5d99-888d-450a827486a1"),
        (["test"], "d6a5baf1-8b9b-542a-8525-2982f1f98a0c"),
        (["/subscriptions/00000000-0000-0000-0000-000000000000"], "b6af2640-793e-5e23-87ed-3a1ed155add8"),
    ])
    func guid(arguments: [String], expected: String) throws {
        #expect(AzureHashes.guid(arguments) == expected)
        let call = "guid(" + arguments.map { "'\($0)'" }.joined(separator: ", ") + ")"
        #expect(try eval(call) == .string(expected))
    }

    @Test func rejectsNonStrings() {
        #expect(evalError("uniqueString(1)")?.message
            == "The template language function 'uniqueString' expects string parameters. The provided value is of type 'Integer'. Please see https://aka.ms/arm-template-expressions for usage details.")
        #expect(evalError("guid()")?.message
            == "Unable to evaluate template language function 'guid': function requires at least 1 argument(s) while 0 were provided. Please see https://aka.ms/arm-template-expressions/#guid for usage details.")
    }
}
