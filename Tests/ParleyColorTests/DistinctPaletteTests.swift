import ParleyColor
import Testing

@Suite struct DistinctPaletteTests {
    /// The old light palette: its colours are not all apart (teal and pink meet for a deuteranope).
    static let lightPalette = [0x4269D0, 0xEFB118, 0xFF725C, 0x6CC5B0, 0x3CA951, 0xFF8AB7, 0xA463F2, 0x97BBF5].map { Color(rgb: $0) }

    /// Beside up to three explicit colours, colours for eight parties in all keep every pair apart (with three strong
    /// primaries taken and this weaker palette preferred, nine no longer fit under deuteranopia).
    @Test(arguments: [0, 1, 2, 3])
    func keepsColoursApartBesideTakenOnes(takenCount: Int) {
        let taken = Array([0x009C3B, 0xC8102E, 0x0033A0].map { Color(rgb: $0) }.prefix(takenCount))
        let palette = DistinctPalette(preferred: Self.lightPalette, backgrounds: [.white, Color(rgb: 0xF6F8FA)])
        let colors = palette.colors(count: 8 - takenCount, avoiding: taken)
        #expect(colors.count == 8 - takenCount)
        let all = taken + colors
        for i in all.indices {
            #expect(all[i].contrastRatio(with: .white) >= 3 || i < taken.count)
            for j in all.indices where j > i && j >= taken.count {
                let difference = ColorDifference.perceived(all[i], all[j])
                #expect(difference >= DistinctPalette.minimumDifference, "\(all[i].hexString) \(all[j].hexString): \(difference)")
            }
        }
    }

    @Test func avoidsAnExplicitColourNextToAPreferredOne() {
        let palette = DistinctPalette(preferred: Self.lightPalette, backgrounds: [.white])
        let colors = palette.colors(count: 8, avoiding: [Color(rgb: 0x009C3B)])
        #expect(!colors.contains(Color(rgb: 0x3CA951)))
        #expect(colors.first == Self.lightPalette.first)
    }

    @Test func isDeterministic() {
        let palette = DistinctPalette(preferred: Self.lightPalette, backgrounds: [Color(rgb: 0x0D1117)])
        #expect(palette.colors(count: 12, avoiding: [.white]) == palette.colors(count: 12, avoiding: [.white]))
    }
}
