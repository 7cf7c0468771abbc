import ParleyColor
import Testing

@Suite struct ColorVisionTests {
    /// Machado, Oliveira & Fernandes (2009) at severity 1.0 maps each linear primary to its
    /// matrix column: red (linear 1, 0, 0) to the first column, encoded back to sRGB.
    @Test func mapsPrimariesToTheMatrixColumns() {
        for vision in [ColorVision.deuteranopia, .protanopia] {
            for channel in 0..<3 {
                let primary = Color(red: channel == 0 ? 1 : 0, green: channel == 1 ? 1 : 0, blue: channel == 2 ? 1 : 0)
                let seen = vision.simulate(primary)
                let column = vision.rows.map { $0[channel] }
                for (value, expected) in zip([seen.red, seen.green, seen.blue], column) {
                    #expect(abs(value - encoded(expected)) < 1e-9)
                }
            }
        }
    }

    /// Known values of the severity-1.0 deuteranopia simulation (linear RGB, sRGB encoded).
    @Test func deuteranopiaOfKnownColours() {
        let red = ColorVision.deuteranopia.simulate(Color(rgb: 0xFF0000))
        #expect(red.hexString == "#a39000")
        let green = ColorVision.deuteranopia.simulate(Color(rgb: 0x00FF00))
        #expect(green.hexString == "#efd63a")
        // Greys have no hue to lose: every row sums to 1.
        for grey in [0x000000, 0x808080, 0xFFFFFF] as [UInt32] {
            #expect(ColorVision.deuteranopia.simulate(Color(rgb: grey)).hexString == Color(rgb: grey).hexString)
            #expect(ColorVision.protanopia.simulate(Color(rgb: grey)).hexString == Color(rgb: grey).hexString)
        }
    }

    /// A red and a green of similar lightness, far apart normally, nearly meet for a deuteranope.
    @Test func redAndGreenConvergeForADeuteranope() {
        let red = Color(rgb: 0xD62728), green = Color(rgb: 0x2CA02C)
        let normal = ColorDifference.ciede2000(red, green)
        let deuteranopic = ColorDifference.ciede2000(
            ColorVision.deuteranopia.simulate(red), ColorVision.deuteranopia.simulate(green))
        #expect(normal > 50)
        #expect(deuteranopic < normal / 2)
        #expect(ColorDifference.perceived(red, green) == deuteranopic)
    }

    private func encoded(_ linear: Double) -> Double {
        let value = min(max(linear, 0), 1)
        return value <= 0.0031308 ? value * 12.92 : 1.055 * pow(value, 1 / 2.4) - 0.055
    }
}

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif
