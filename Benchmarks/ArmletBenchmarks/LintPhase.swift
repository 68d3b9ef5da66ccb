import ArmletLint
import Foundation

/// Lints the whole corpus in-process with every rule (default configuration, fixed reference day).
func lintPhases(corpus: Corpus) -> [Phase] {
    let linter = Linter(referenceDate: Date(timeIntervalSince1970: 1_768_435_200))
    let texts = corpus.files.map { (name: $0.name, text: String(decoding: $0.bytes, as: UTF8.self)) }
    return [
        Phase(name: "lint templates (all rules)", bytes: corpus.totalBytes, items: corpus.files.count) {
            var findings = 0
            for file in texts { findings += linter.lint(text: file.text, file: file.name).findings.count }
            return findings
        },
    ]
}
