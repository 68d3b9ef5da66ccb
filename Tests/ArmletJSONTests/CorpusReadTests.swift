import ArmletJSON
import ArmletTestSupport
import Foundation
import Testing

@Suite struct CorpusReadTests {
    /// Every template of the shared corpus reads, with a position for every value.
    @Test func everyCorpusFileReads() throws {
        let files = SharedFiles.jsonFiles(in: "corpus/templates")
        guard !files.isEmpty else { return }
        var failures: [String] = []
        var values = 0
        for url in files {
            do {
                let doc = try JSONReader.read([UInt8](try Data(contentsOf: url)), file: url.lastPathComponent)
                values += doc.sourceMap.count
                #expect(doc.sourceMap.location(at: .root)?.line ?? 0 >= 1)
            } catch {
                failures.append("\(url.lastPathComponent): \(error)")
            }
        }
        #expect(files.count == 670)
        #expect(failures.isEmpty, "\(failures)")
        #expect(values == 711_511)
    }
}
