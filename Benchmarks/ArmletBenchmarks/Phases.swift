import ArmletJSON
import ArmletTemplate

/// Phases added by later stages of the pipeline (decode, expand, what-if, lint).
func extraPhases(corpus: Corpus) -> [Phase] {
    [
        Phase(name: "read + decode templates", bytes: corpus.totalBytes, items: corpus.files.count) {
            var ok = 0
            for file in corpus.files {
                guard let document = try? JSONReader.read(file.bytes, file: file.name) else { continue }
                if !TemplateDecoder.decode(document, sourceSize: file.bytes.count).hasErrors { ok += 1 }
            }
            return ok
        },
    ] + expandPhases(corpus: corpus)
}
