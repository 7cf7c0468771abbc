import ParleyScene

/// Measures each distinct text once per chart, and sets a long text that can only be shown in
/// part from a prefix just long enough to show all that will be shown.
///
/// Why: layouts ask for the same label's size several times (a probe, then the placed run; the
/// round table's circle grows up to 40 times), and shaping a 10,000-character label only to cut
/// it to three lines cost Pango tens of milliseconds a time. With the cache a chart pays for a
/// text once; with the prefix it pays for what fits in the box, not for the model's whole text.
/// One cache belongs to one layout on one thread, like the measurer it wraps.
final class TextMeasurementCache: TextMeasuring {
    private struct Key: Hashable {
        var text: String
        var font: Font
        var maxWidth: Double?
        var overflow: TextOverflow
        var alignment: TextAlignment
    }

    /// Texts up to this many characters are always set whole: every label of a normal model is
    /// shorter, so its scene is the same as without the cut. Longer texts are tried on prefixes
    /// of this length, doubling, until one already overflows its box.
    static let probeLength = 512

    /// More than `probeLength` characters (Unicode scalars), as the docs and messages say; the
    /// byte count, never smaller, rules most texts out without a walk.
    static func isLong(_ text: String) -> Bool {
        text.utf8.count > probeLength && text.unicodeScalars.count > probeLength
    }

    private let base: any TextMeasuring
    private var metrics: [Key: TextMetrics] = [:]
    private var shown: [Key: String] = [:]
    /// The whole text of each prefix `shownText` set instead of it, so what a chart shortened
    /// can be listed in full (`ShortenedText`).
    private var wholeTexts: [String: String] = [:]
    /// Characters of long texts (past `probeLength`) measured whole: wrapped, unbounded, or
    /// holding a line break. Shaping these is what a long text still costs, up to ten
    /// microseconds a character for one long word broken by characters; `ChartBudget` caps it.
    private(set) var wholeLongCharacters = 0

    init(_ base: any TextMeasuring) { self.base = base }

    /// `measurer` itself when it is already a cache (so nested typesetters share one).
    static func wrapping(_ measurer: any TextMeasuring) -> TextMeasurementCache {
        measurer as? TextMeasurementCache ?? TextMeasurementCache(measurer)
    }

    func measure(_ text: String, font: Font, maxWidth: Double?, overflow: TextOverflow, alignment: TextAlignment) -> TextMetrics {
        let key = Key(text: text, font: font, maxWidth: maxWidth, overflow: overflow, alignment: alignment)
        if let known = metrics[key] { return known }
        // Measured again per alignment (it places the lines), but its whole text counted once.
        let counted = TextAlignment.allCases.contains {
            $0 != alignment && metrics[Key(text: text, font: font, maxWidth: maxWidth, overflow: overflow, alignment: $0)] != nil
        }
        if !counted, Self.isLong(text), maxWidth == nil || overflow == .wrap || Self.hasLineBreak(text) {
            wholeLongCharacters += text.unicodeScalars.count
        }
        let measured = base.measure(text, font: font, maxWidth: maxWidth, overflow: overflow, alignment: alignment)
        metrics[key] = measured
        // Without a box, one line stands at the same place whatever the alignment (the box is
        // the line): the other alignments need not be measured again. Labels are often measured
        // for their width first and set centred after.
        if maxWidth == nil, measured.lines.count <= 1 {
            for other in TextAlignment.allCases where other != alignment {
                metrics[Key(text: text, font: font, maxWidth: nil, overflow: overflow, alignment: other)] = measured
            }
        }
        return measured
    }

    /// The text to set in a box of `maxWidth` with `overflow`: `text` itself, or, when the box
    /// cuts it (an ellipsis, or three lines and an ellipsis), its shortest doubling prefix that the
    /// box already cuts. Such a prefix sets to the same lines, the same "…" and the same metrics
    /// as the whole text, since everything past it lies beyond the cut. Wrapped and unbounded
    /// texts are shown whole and never cut here.
    ///
    /// Cost: O(min(n, 2 × what the box shows)) characters shaped, instead of O(n).
    func shownText(_ text: String, font: Font, maxWidth: Double?, overflow: TextOverflow) -> String {
        guard maxWidth != nil, overflow != .wrap, Self.isLong(text) else { return text }
        // Where the box cuts does not depend on the alignment: one entry for all three.
        let key = Key(text: text, font: font, maxWidth: maxWidth, overflow: overflow, alignment: .left)
        if let known = shown[key] { return known }
        // Lines are clamped per paragraph: what follows a line break shows however far the first
        // paragraph runs, so such a text is set whole.
        guard !Self.hasLineBreak(text) else {
            shown[key] = text
            return text
        }
        var result = text
        forEachPrefix(of: text) { prefix in
            guard measure(prefix, font: font, maxWidth: maxWidth, overflow: overflow).isTruncated else { return false }
            result = prefix
            return true
        }
        shown[key] = result
        if result.utf8.count != text.utf8.count { wholeTexts[result] = text }
        return result
    }

    /// The text a run was asked to show: `shown` itself, or the whole text it is a prefix of.
    func fullText(ofShown shown: String) -> String { wholeTexts[shown] ?? shown }

    /// The natural width of `text` on one line, or a width of at least `cap` when the text is at
    /// least that wide: for callers that clamp the width to `cap` anyway, so a long text is
    /// measured only as far as it takes to pass the cap.
    func width(of text: String, font: Font, cappedAt cap: Double) -> Double {
        var width: Double?
        forEachPrefix(of: text) { prefix in
            let prefixWidth = measure(prefix, font: font).width
            guard prefixWidth >= cap else { return false }
            width = prefixWidth
            return true
        }
        return width ?? measure(text, font: font).width
    }

    /// Whether Pango would start a new line or paragraph inside `text`.
    private static func hasLineBreak(_ text: String) -> Bool {
        text.unicodeScalars.contains { [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value) }
    }

    /// Calls `body` with prefixes of `probeLength`, twice that, … characters shorter than `text`,
    /// until it returns true. Nothing for texts of at most `probeLength` characters.
    private func forEachPrefix(of text: String, _ body: (String) -> Bool) {
        guard Self.isLong(text) else { return }
        var length = Self.probeLength
        var end = text.startIndex
        var counted = 0
        while true {
            // Advance by characters, so a prefix never splits one.
            guard let next = text.index(end, offsetBy: length - counted, limitedBy: text.endIndex), next < text.endIndex else {
                return
            }
            end = next
            counted = length
            if body(String(text[..<end])) { return }
            length *= 2
        }
    }
}
