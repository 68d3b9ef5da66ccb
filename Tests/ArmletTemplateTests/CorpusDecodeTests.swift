import ArmletJSON
import ArmletTestSupport
import Foundation
import Testing
@testable import ArmletTemplate

/// Reads and decodes every template of the shared real-world corpus.
@Suite struct CorpusDecodeTests {
    @Test func corpusDecodes() throws {
        guard let folder = SharedFiles.url("corpus/templates"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        var readOK = 0, clean = 0, withDiagnostics = 0, parameterFiles = 0, warnings = 0
        var lines: [String] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            if name.hasSuffix(".parameters.json") {
                parameterFiles += 1
                let (file, diags) = ParameterFileDecoder.decode(text: text, file: name)
                if file == nil || diags.contains(where: { $0.severity == .error }) {
                    lines += diags.map { "parameters \($0.rendered)" }
                }
                // Bind the sibling parameters file to its template, as a deployment would.
                let templateName = String(name.dropLast(".parameters.json".count)) + ".json"
                if let file, let templateText = try? String(contentsOf: folder.appendingPathComponent(templateName),
                                                            encoding: .utf8),
                   let loaded = try? TemplateLoader.load(text: templateText, file: templateName) {
                    let binding = ParameterBinder.bind(file.parameters, to: loaded.template,
                                                       templateMap: loaded.document.sourceMap)
                    lines += binding.diagnostics.map { "bind \($0.rendered)" }
                }
                continue
            }
            let document: ParsedDocument
            do {
                document = try JSONReader.read(text, file: name)
            } catch {
                lines.append("read \(name): \(error.message)")
                continue
            }
            readOK += 1
            let result = TemplateDecoder.decode(document, sourceSize: text.utf8.count)
            warnings += result.diagnostics.filter { $0.severity == .warning }.count
            lines += result.diagnostics.filter { $0.severity == .warning }.map(\.rendered)
            if result.hasErrors {
                withDiagnostics += 1
                lines += result.diagnostics.filter { $0.severity == .error }.map(\.rendered)
            } else {
                clean += 1
            }
        }
        let summary = "templates read: \(readOK), decoded clean: \(clean), with errors: \(withDiagnostics), "
            + "warnings: \(warnings), parameter files: \(parameterFiles)"
        let text = ([summary] + lines).joined(separator: "\n") + "\n"
        Golden.expect(text, matches: TestSupport.goldenRoot.appendingPathComponent("corpus-decode.txt"))
        #expect(readOK == 666)
        #expect(clean == 666)
        #expect(withDiagnostics == 0)
        #expect(parameterFiles == 4)
    }
}
