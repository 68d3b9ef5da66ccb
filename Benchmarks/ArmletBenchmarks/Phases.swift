import ArmletJSON

/// Phases added by later stages of the pipeline (decode, expand, what-if, lint).
func extraPhases(corpus: Corpus) -> [Phase] {
    []
}
