/// Picks the real API version a mistyped one most likely meant.
///
/// The rule: a version of the same year and month with the nearest day (the seed's `2022-03-22`
/// becomes `2022-03-02`); otherwise the version with the nearest date; ties go to the newer
/// version, and a stable version beats a preview on the same date. Text that is not a date gets
/// the newest stable version.
package enum APIVersionSuggestion {
    /// The version among `versions` that `requested` most likely meant, or nil when there are none.
    package static func nearest(to requested: String, among versions: [APIVersion]) -> APIVersion? {
        guard !versions.isEmpty else { return nil }
        guard let wanted = APIVersion(requested) else {
            return versions.filter { !$0.isPreview }.max() ?? versions.max()
        }
        let sameMonth = versions.filter { $0.year == wanted.year && $0.month == wanted.month }
        let pool = sameMonth.isEmpty ? versions : sameMonth
        return pool.min { a, b in
            let da = abs(a.dayNumber - wanted.dayNumber), db = abs(b.dayNumber - wanted.dayNumber)
            if da != db { return da < db }
            if a.isPreview != b.isPreview { return !a.isPreview }
            return a > b
        }
    }
}
