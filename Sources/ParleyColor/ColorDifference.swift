/// CIEDE2000 (ΔE00, Sharma, Wu & Dalal 2005): how different two colours look, about 1 at the
/// smallest difference a viewer notices side by side; charts keep party colours 15 or more apart.
public enum ColorDifference {
    /// ΔE00 between two CIELAB colours (kL = kC = kH = 1).
    public static func ciede2000(_ first: LabColor, _ second: LabColor) -> Double {
        let degree = Double.pi / 180
        let (l1, a1, b1) = (first.lightness, first.a, first.b)
        let (l2, a2, b2) = (second.lightness, second.a, second.b)
        let c1 = (a1 * a1 + b1 * b1).squareRoot(), c2 = (a2 * a2 + b2 * b2).squareRoot()
        let meanC = (c1 + c2) / 2
        let meanC7 = _pow(meanC, 7)
        let g = 0.5 * (1 - (meanC7 / (meanC7 + _pow(25, 7))).squareRoot())
        let a1p = (1 + g) * a1, a2p = (1 + g) * a2
        let c1p = (a1p * a1p + b1 * b1).squareRoot(), c2p = (a2p * a2p + b2 * b2).squareRoot()
        func hue(_ b: Double, _ a: Double) -> Double {
            guard b != 0 || a != 0 else { return 0 }
            let h = _atan2(b, a) / degree
            return h < 0 ? h + 360 : h
        }
        let h1p = hue(b1, a1p), h2p = hue(b2, a2p)

        let deltaL = l2 - l1, deltaC = c2p - c1p
        var deltaH = 0.0
        if c1p * c2p != 0 {
            deltaH = h2p - h1p
            if deltaH > 180 { deltaH -= 360 } else if deltaH < -180 { deltaH += 360 }
        }
        let deltaHueTerm = 2 * (c1p * c2p).squareRoot() * _sin(deltaH * degree / 2)

        let meanL = (l1 + l2) / 2, meanCp = (c1p + c2p) / 2
        var meanH = h1p + h2p
        if c1p * c2p != 0 {
            if abs(h1p - h2p) <= 180 {
                meanH /= 2
            } else {
                meanH = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2
            }
        }
        let t =
            1 - 0.17 * _cos((meanH - 30) * degree) + 0.24 * _cos(2 * meanH * degree) + 0.32 * _cos((3 * meanH + 6) * degree)
            - 0.20 * _cos((4 * meanH - 63) * degree)
        let deltaTheta = 30 * _exp(-((meanH - 275) / 25) * ((meanH - 275) / 25))
        let meanCp7 = _pow(meanCp, 7)
        let rc = 2 * (meanCp7 / (meanCp7 + _pow(25, 7))).squareRoot()
        let lightOffset = (meanL - 50) * (meanL - 50)
        let sl = 1 + 0.015 * lightOffset / (20 + lightOffset).squareRoot()
        let sc = 1 + 0.045 * meanCp
        let sh = 1 + 0.015 * meanCp * t
        let rt = -_sin(2 * deltaTheta * degree) * rc
        let (lTerm, cTerm, hTerm) = (deltaL / sl, deltaC / sc, deltaHueTerm / sh)
        return (lTerm * lTerm + cTerm * cTerm + hTerm * hTerm + rt * cTerm * hTerm).squareRoot()
    }

    /// ΔE00 between two sRGB colours.
    public static func ciede2000(_ first: Color, _ second: Color) -> Double {
        ciede2000(LabColor(first), LabColor(second))
    }

    /// The smaller of ΔE00 as seen with normal colour vision and as a deuteranope sees it:
    /// what decides whether two party colours can be told apart by most readers.
    public static func perceived(_ first: Color, _ second: Color) -> Double {
        min(
            ciede2000(first, second),
            ciede2000(ColorVision.deuteranopia.simulate(first), ColorVision.deuteranopia.simulate(second)))
    }
}
