import ParleyColor
import Testing

@Suite struct ColorDifferenceTests {
    /// Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
    /// supplementary test data, and mathematical observations", Table 1: all 34 pairs.
    static let sharmaPairs: [(LabColor, LabColor, Double)] = [
        ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
        ((50, 3.1571, -77.2803), (50, 0, -82.7485), 2.8615),
        ((50, 2.8361, -74.0200), (50, 0, -82.7485), 3.4412),
        ((50, -1.3802, -84.2814), (50, 0, -82.7485), 1.0000),
        ((50, -1.1848, -84.8006), (50, 0, -82.7485), 1.0000),
        ((50, -0.9009, -85.5211), (50, 0, -82.7485), 1.0000),
        ((50, 0, 0), (50, -1, 2), 2.3669),
        ((50, -1, 2), (50, 0, 0), 2.3669),
        ((50, 2.4900, -0.0010), (50, -2.4900, 0.0009), 7.1792),
        ((50, 2.4900, -0.0010), (50, -2.4900, 0.0010), 7.1792),
        ((50, 2.4900, -0.0010), (50, -2.4900, 0.0011), 7.2195),
        ((50, 2.4900, -0.0010), (50, -2.4900, 0.0012), 7.2195),
        ((50, -0.0010, 2.4900), (50, 0.0009, -2.4900), 4.8045),
        ((50, -0.0010, 2.4900), (50, 0.0010, -2.4900), 4.8045),
        ((50, -0.0010, 2.4900), (50, 0.0011, -2.4900), 4.7461),
        ((50, 2.5, 0), (50, 0, -2.5), 4.3065),
        ((50, 2.5, 0), (73, 25, -18), 27.1492),
        ((50, 2.5, 0), (61, -5, 29), 22.8977),
        ((50, 2.5, 0), (56, -27, -3), 31.9030),
        ((50, 2.5, 0), (58, 24, 15), 19.4535),
        ((50, 2.5, 0), (50, 3.1736, 0.5854), 1.0000),
        ((50, 2.5, 0), (50, 3.2972, 0), 1.0000),
        ((50, 2.5, 0), (50, 1.8634, 0.5757), 1.0000),
        ((50, 2.5, 0), (50, 3.2592, 0.3350), 1.0000),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ((63.0109, -31.0961, -5.8663), (62.8187, -29.7946, -4.0864), 1.2630),
        ((61.2901, 3.7196, -5.3901), (61.4292, 2.2480, -4.9620), 1.8731),
        ((35.0831, -44.1164, 3.7933), (35.0232, -40.0716, 1.5901), 1.8645),
        ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
        ((36.4612, 47.8580, 18.3852), (36.2715, 50.5065, 21.2231), 1.4146),
        ((90.8027, -2.0831, 1.4410), (91.1528, -1.6435, 0.0447), 1.4441),
        ((90.9257, -0.5406, -0.9208), (88.6381, -0.8985, -0.7239), 1.5381),
        ((6.7747, -0.2908, -2.4247), (5.8714, -0.0985, -2.2286), 0.6377),
        ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
    ].map { first, second, expected in
        (
            LabColor(lightness: first.0, a: first.1, b: first.2), LabColor(lightness: second.0, a: second.1, b: second.2),
            expected
        )
    }

    @Test func matchesSharmaTestDataToFourDecimals() {
        #expect(Self.sharmaPairs.count == 34)
        for (index, pair) in Self.sharmaPairs.enumerated() {
            let difference = ColorDifference.ciede2000(pair.0, pair.1)
            #expect(abs(difference - pair.2) < 0.00005, "pair \(index + 1): \(difference), published \(pair.2)")
        }
    }

    @Test func isSymmetricAndZeroForTheSameColour() {
        for (first, second, _) in Self.sharmaPairs {
            #expect(abs(ColorDifference.ciede2000(first, second) - ColorDifference.ciede2000(second, first)) < 1e-9)
            #expect(ColorDifference.ciede2000(first, first) == 0)
        }
    }

    /// sRGB → CIELAB against the values of the standard conversion (D65).
    @Test func convertsSRGBToCIELAB() {
        let cases: [(UInt32, Double, Double, Double)] = [
            (0xFFFFFF, 100, 0, 0), (0x000000, 0, 0, 0), (0xFF0000, 53.2408, 80.0925, 67.2032),
            (0x00FF00, 87.7347, -86.1827, 83.1793), (0x0000FF, 32.2970, 79.1875, -107.8602), (0x808080, 53.5850, 0, 0),
        ]
        for (rgb, lightness, a, b) in cases {
            let lab = LabColor(Color(rgb: rgb))
            #expect(abs(lab.lightness - lightness) < 0.01 && abs(lab.a - a) < 0.01 && abs(lab.b - b) < 0.01, "\(rgb): \(lab)")
        }
    }

    /// The issue's pair: the old automatic #3ca951 beside an explicit #009c3b is too close.
    @Test func theIssuesGreensAreCloserThanTheThreshold() {
        let difference = ColorDifference.ciede2000(Color(rgb: 0x3CA951), Color(rgb: 0x009C3B))
        #expect(difference < DistinctPalette.minimumDifference)
        #expect(difference > 1)
    }
}
