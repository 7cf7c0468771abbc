/// "Did you mean" for a misspelt key or id: the closest candidate within a small edit distance.
///
/// Bounded work: a word longer than `maxWordLength` gets no suggestion, candidates whose
/// length alone rules them out are skipped without computing anything, the distance is
/// computed only in a band of width `limit` around the diagonal and stops as soon as the band
/// exceeds `limit`, and every call spends from a budget of table cells shared by one decode.
/// One comparison is O(limit × length); a decode does at most `budget` cells in all.
public enum Suggestions {
    static let maxWordLength = 64

    /// The closest of `candidates` to `word`, for one message outside a decode (a language
    /// file's key, a `--lang` value), with a budget of its own.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        var budget = 200_000
        return closest(to: word, in: candidates, budget: &budget)
    }

    static func closest(to word: String, in candidates: [String], budget: inout Int) -> String? {
        let word = Array(word.lowercased().unicodeScalars)
        guard !word.isEmpty, word.count <= maxWordLength, budget > 0 else { return nil }
        let limit = max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            guard budget > 0 else { break }
            // Every visit costs, and a candidate too long in bytes to be near is passed over
            // before its scalars are counted (a scalar is at most 4 bytes).
            budget -= 1
            guard candidate.utf8.count <= 4 * (word.count + limit) else { continue }
            let other = candidate.unicodeScalars
            guard abs(other.count - word.count) <= min(limit, best.map { $0.distance - 1 } ?? limit) else { continue }
            let bound = min(limit, best.map { $0.distance - 1 } ?? limit)
            budget -= (2 * bound + 1) * max(word.count, other.count)
            if let distance = editDistance(word, Array(candidate.lowercased().unicodeScalars), atMost: bound) {
                best = (candidate, distance)
                if distance == 0 { break }
            }
        }
        return best?.candidate
    }

    static func didYouMean(_ word: String, in candidates: [String], budget: inout Int) -> Diagnostic.Hint? {
        closest(to: word, in: candidates, budget: &budget).map { .didYouMean($0) }
    }

    /// The optimal-string-alignment distance (a swap of two neighbours, "titel" for "title",
    /// is one edit) when it is at most `bound`, else nil.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int) -> Int? {
        guard abs(a.count - b.count) <= bound else { return nil }
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        let outside = bound + 1
        var beforePrevious = [Int](repeating: outside, count: b.count + 1)
        var previous = (0...b.count).map { min($0, outside) }
        var current = [Int](repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - bound), high = min(b.count, i + bound)
            current[0] = min(i, outside)
            if low > 1 { current[low - 1] = outside }
            var rowBest = current[0]
            for j in low...high {
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, beforePrevious[j - 2] + 1) }
                current[j] = min(value, outside)
                rowBest = min(rowBest, current[j])
            }
            if high < b.count { current[high + 1] = outside }
            // Every later row is at least the best of this one: stop once it is past the bound.
            guard rowBest <= bound else { return nil }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }

    /// Lists ids for a message: all of them when few, else the first ones and a count.
    static func list(_ ids: [String]) -> String {
        guard !ids.isEmpty else { return "none" }
        let shown = ids.prefix(8).map { Quoted.text($0) }.joined(separator: ", ")
        return ids.count > 8 ? shown + " and \(ids.count - 8) more" : shown
    }
}
