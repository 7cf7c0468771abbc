/// A colour in CIELAB (D65 white, 2° observer): the space CIEDE2000 measures differences in.
public struct LabColor: Hashable, Sendable {
    /// Lightness, 0 (black) … 100 (white).
    public var lightness: Double
    /// Green (negative) to red (positive).
    public var a: Double
    /// Blue (negative) to yellow (positive).
    public var b: Double

    /// Makes a CIELAB colour from its three coordinates.
    public init(lightness: Double, a: Double, b: Double) {
        self.lightness = lightness; self.a = a; self.b = b
    }

    /// The sRGB colour's coordinates: sRGB → linear RGB → XYZ (D65) → CIELAB. Alpha is ignored.
    public init(_ color: Color) {
        let (r, g, b) = (Color.linear(color.red), Color.linear(color.green), Color.linear(color.blue))
        let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
        let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883
        func f(_ t: Double) -> Double {
            let delta = 6.0 / 29
            return t > delta * delta * delta ? _cbrt(t) : t / (3 * delta * delta) + 4.0 / 29
        }
        let (fx, fy, fz) = (f(x), f(y), f(z))
        self.init(lightness: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz))
    }
}

extension Color {
    /// The channel (0…1) with the sRGB transfer curve undone: light as it adds up.
    static func linear(_ channel: Double) -> Double {
        channel <= 0.04045 ? channel / 12.92 : _pow((channel + 0.055) / 1.055, 2.4)
    }

    /// The linear channel (0…1) with the sRGB transfer curve applied again, clamped to 0…1.
    static func encoded(_ linear: Double) -> Double {
        let value = Swift.min(Swift.max(linear, 0), 1)
        return value <= 0.0031308 ? value * 12.92 : 1.055 * _pow(value, 1 / 2.4) - 0.055
    }
}
