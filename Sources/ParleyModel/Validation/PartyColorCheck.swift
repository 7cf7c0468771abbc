import ParleyColor

/// Warns when two parties' explicit colours are too close to tell apart on a chart: closer than
/// `DistinctPalette.minimumDifference` (ΔE00), seen normally or by a deuteranope. The warning
/// stands at the later party's `color:`, names both parties and suggests a colour that would do.
struct PartyColorCheck {
    let context: DecodingContext

    func check(_ parties: [Party]) {
        var earlier: [Party] = []
        for party in parties {
            guard let color = party.color else { continue }
            defer { earlier.append(party) }
            let closest = earlier.compactMap { other in other.color.map { (other, $0, ColorDifference.perceived(color, $0)) } }
                .min { $0.2 < $1.2 }
            guard let (other, otherColor, difference) = closest, difference < DistinctPalette.minimumDifference else { continue }
            let normal = ColorDifference.ciede2000(color, otherColor)
            let seen =
                difference < normal
                ? "ΔE00 \(Self.rounded(normal)), \(Self.rounded(difference)) as a deuteranope sees them"
                : "ΔE00 \(Self.rounded(normal))"
            let taken = parties.compactMap { $0.id == party.id ? nil : $0.color }
            let suggestion = DistinctPalette(preferred: Self.suggestions, backgrounds: [.white]).colors(count: 1, avoiding: taken).first
            context.warning(at: party.colorLocation ?? party.location) {
                (
                    "the colour \(color.hexString) of party '\(party.id)' is too close to \(otherColor.hexString) of party '\(other.id)' (\(seen)); charts need \(Int(DistinctPalette.minimumDifference)) or more to tell parties apart",
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
