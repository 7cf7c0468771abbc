import ParleyColor

/// Warns when two parties' explicit colours are too close to tell apart on a chart: closer than
/// `DistinctPalette.minimumDifference` (ΔE00), seen normally or by a deuteranope. The warning
/// stands at the later party's `color:`, names both parties and suggests a colour that would do.
struct PartyColorCheck {
    let context: DecodingContext

    func check(_ parties: [Party]) {
        // The pairs first, then one suggestion for each warning from one palette: every warning
        // proposes a different colour, and a model of hundreds of colours is checked in one pass.
        var close: [(party: Party, color: Color, other: Party, otherColor: Color, difference: Double)] = []
        var earlier: [(party: Party, color: Color)] = []
        for party in parties {
            guard let color = party.color else { continue }
            defer { earlier.append((party, color)) }
            let closest = earlier.map { ($0.party, $0.color, ColorDifference.perceived(color, $0.color)) }.min { $0.2 < $1.2 }
            guard let (other, otherColor, difference) = closest, difference < DistinctPalette.minimumDifference else { continue }
            close.append((party, color, other, otherColor, difference))
        }
        guard !close.isEmpty else { return }
        let taken = parties.compactMap(\.color)
        let suggestions = DistinctPalette(preferred: Self.suggestions, backgrounds: [.white]).colors(count: close.count, avoiding: taken)
        for (index, pair) in close.enumerated() {
            let normal = ColorDifference.ciede2000(pair.color, pair.otherColor)
            let seen =
                pair.difference < normal
                ? "ΔE00 \(Self.rounded(normal)), \(Self.rounded(pair.difference)) as a deuteranope sees them"
                : "ΔE00 \(Self.rounded(normal))"
            let suggestion = index < suggestions.count ? suggestions[index] : nil
            context.warning(at: pair.party.colorLocation ?? pair.party.location) {
                (
                    "the colour \(pair.color.hexString) of party '\(pair.party.id)' is too close to \(pair.otherColor.hexString) of party '\(pair.other.id)' (\(seen)); charts need \(Int(DistinctPalette.minimumDifference)) or more to tell parties apart",
                    [
                        .fix(
                            "choose a colour at least \(Int(DistinctPalette.minimumDifference)) from every other party's\(suggestion.map { ", e.g. \($0.hexString)" } ?? ""), or leave out 'color' and Parley chooses one that keeps apart"
                        )
                    ]
                )
            }
        }
    }

    /// Colours a reader knows, tried first for the suggestion: the light theme's palette.
    private static let suggestions = [0x4269D0, 0xFF725C, 0x6CC5B0, 0xA463F2, 0x97BBF5, 0x3CA951, 0xFF8AB7, 0xEFB118].map {
        Color(rgb: $0)
    }

    private static func rounded(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
