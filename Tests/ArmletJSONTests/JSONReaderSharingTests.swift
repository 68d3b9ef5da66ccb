@testable import ArmletJSON
import Testing

/// The reader's speed devices — hashed duplicate checks, shared member names and key lists, the
/// move stack — must not change what is read.
@Suite struct JSONReaderSharingTests {
    /// Filler that takes a document past ``JSONScanner/sharingThreshold``, where the tables are used.
    private static let filler = Array(repeating: #"{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01"}"#,
                                      count: 150).joined(separator: ",\n")

    /// The duplicate error reading `text`, small and then inside a document large enough for sharing.
    private func duplicateMessage(_ text: String) -> String? {
        var messages: [String?] = []
        for document in [text, "[\(Self.filler), \(text)]"] {
            do {
                _ = try JSONReader.read(document)
                messages.append(nil)
            } catch {
                messages.append(error.message.split(separator: " at line").first.map(String.init))
            }
        }
        #expect(messages[0] == messages[1], "small and large documents must agree")
        return messages[0]
    }

    @Test func duplicatesAreFoundWhateverTheHashesSay() {
        // Same letters in another case: equal folded hashes, compared in full.
        #expect(duplicateMessage(#"{"apiVersion": 1, "APIVERSION": 2}"#)?.contains("Duplicate property 'APIVERSION'") == true)
        // Non-ASCII names are always compared in full (Unicode case folding).
        #expect(duplicateMessage(#"{"Émile": 1, "émile": 2}"#)?.contains("Duplicate property 'émile'") == true)
        // A name written with an escape is the same name.
        #expect(duplicateMessage(#"{"name": 1, "n\u0061me": 2}"#)?.contains("Duplicate property 'name'") == true)
        // Long names (past the shared-string threshold) and objects past 64 members.
        let long = "averyveryverylongpropertyname"
        #expect(duplicateMessage("{\"\(long)\": 1, \"\(long.uppercased())\": 2}") != nil)
        let many = (0..<80).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        #expect(duplicateMessage("{\(many), \"K79\": 0}")?.contains("Duplicate property 'K79'") == true)
        #expect(duplicateMessage("{\(many)}") == nil)
    }

    @Test func bytesThatFoldAlikeAreNotDuplicates() throws {
        // Folding sets bit 5 of every byte: '@' and '`', '[' and '{' hash alike but differ.
        let doc = try JSONReader.read(#"{"a@b": 1, "a`b": 2, "x[y": 3, "x{y": 4, "_": 5, "\u007f": 6}"#)
        #expect(doc.value.objectValue?.keys == ["a@b", "a`b", "x[y", "x{y", "_", "\u{7F}"])
    }

    @Test func sharedNamesAndKeyListsKeepEachObjectsOwnSpelling() throws {
        let text = """
        [
          {"type": "a", "resourceGroupName": "g1", "properties": {"x": 1}},
          {"type": "b", "resourceGroupName": "g2", "properties": {"x": 2}},
          {"Type": "c", "resourceGroupName": "g3", "properties": {"x": 3}},
          {"type": "d", "ResourceGroupName": "g4"},
          {"type": "e", "resourceGroupName": "g5", "properties": {"x": 5}}
        ]
        """
        let padded = String(text.dropLast()) + ", " + Self.filler + "]"
        #expect(padded.utf8.count > JSONScanner.sharingThreshold)
        let doc = try JSONReader.read(padded, file: "s.json")
        let objects = Array(try #require(doc.value.arrayValue).compactMap(\.objectValue).prefix(5))
        #expect(objects.map(\.keys) == [
            ["type", "resourceGroupName", "properties"],
            ["type", "resourceGroupName", "properties"],
            ["Type", "resourceGroupName", "properties"],
            ["type", "ResourceGroupName"],
            ["type", "resourceGroupName", "properties"],
        ])
        #expect(objects.map { $0["resourcegroupname"]?.stringValue } == ["g1", "g2", "g3", "g4", "g5"])
        #expect(doc.sourceMap.location(pointer: "/4/properties/x") == SourceLocation(file: "s.json", line: 6, column: 64))
    }

    @Test func readsTheSameAsTheValueOnlyPathOnRepeatedShapes() throws {
        let element = #"{"name": "[concat(parameters('prefix'), 'storage')]", "apiVersion": "2023-01-01", "tags": {}}"#
        let text = "[" + Array(repeating: element, count: 300).joined(separator: ",\n") + "]"
        let full = try JSONReader.read(text)
        #expect(full.value == (try JSONReader.value(text)))
        #expect(full.value.arrayValue?.count == 300)
        #expect(full.sourceMap.count == 1 + 300 * 4)
    }

    @Test func moveStackMovesOutInOrderAndKeepsWhatIsBelow() {
        let stack = MoveStack<String>(capacity: 2)
        for i in 0..<10 { stack.push("value number \(i) that is long enough to allocate") }
        let top = stack.popArray(from: 7)
        #expect(top == (7..<10).map { "value number \($0) that is long enough to allocate" })
        #expect(stack.count == 7)
        stack.truncate(to: 3)
        #expect(stack.count == 3)
        #expect(stack.popArray(from: 0).count == 3)
        #expect(stack.popArray(from: 0).isEmpty)
        let numbers = MoveStack<UInt64>()
        for i in 0..<100 { numbers.push(UInt64(i)) }
        #expect(numbers.popArray(from: 90) == (90..<100).map { UInt64($0) })
    }
}
