/// A colour with straight (not premultiplied) alpha, each channel 0…1.
public struct Color: Hashable, Sendable {
    /// Red channel, 0…1.
    public var red: Double
    /// Green channel, 0…1.
    public var green: Double
    /// Blue channel, 0…1.
    public var blue: Double
    /// Opacity, 0 (clear) … 1 (opaque), not premultiplied into the other channels.
    public var alpha: Double

    /// Makes a colour from channels in 0…1; opaque unless `alpha` says otherwise.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }

    /// Makes a colour from 24-bit `0xRRGGBB`, e.g. `Color(rgb: 0x1F77B4)`.
    public init(rgb: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((rgb >> 16) & 0xFF) / 255, green: Double((rgb >> 8) & 0xFF) / 255,
            blue: Double(rgb & 0xFF) / 255, alpha: alpha)
    }

    /// Opaque black, `#000000`.
    public static let black = Color(rgb: 0x000000)
    /// Opaque white, `#ffffff`: the default scene background.
    public static let white = Color(rgb: 0xFFFFFF)
    /// Fully transparent black, what `transparent` parses to.
    public static let clear = Color(red: 0, green: 0, blue: 0, alpha: 0)

    /// Parses `#RGB`, `#RGBA`, `#RRGGBB`, `#RRGGBBAA`, a CSS colour name (any case) or `transparent`.
    public init?(parsing text: String) {
        let spec = text.trimmingSpaces().lowercased()
        if spec == "transparent" { self = .clear; return }
        if let rgb = cssNamedColors[spec] { self.init(rgb: rgb); return }
        guard spec.hasPrefix("#") else { return nil }
        let digits = Array(spec.dropFirst())
        guard [3, 4, 6, 8].contains(digits.count), let values = Color.hexValues(digits) else { return nil }
        let channels: [Double]
        if digits.count <= 4 {
            channels = values.map { Double($0 * 17) / 255 }
        } else {
            channels = stride(from: 0, to: values.count, by: 2).map { Double(values[$0] * 16 + values[$0 + 1]) / 255 }
        }
        self.init(red: channels[0], green: channels[1], blue: channels[2], alpha: channels.count == 4 ? channels[3] : 1)
    }

    private static func hexValues(_ digits: [Character]) -> [Int]? {
        var values: [Int] = []
        for character in digits {
            guard let value = character.hexDigitValue else { return nil }
            values.append(value)
        }
        return values
    }

    /// `#rrggbb`, or `#rrggbbaa` when not opaque: the form the scene JSON writes.
    public var hexString: String {
        func byte(_ v: Double) -> String {
            let n = Int((max(0, min(1, v)) * 255).rounded())
            let s = String(n, radix: 16)
            return n < 16 ? "0" + s : s
        }
        let rgb = "#" + byte(red) + byte(green) + byte(blue)
        return alpha >= 1 ? rgb : rgb + byte(alpha)
    }

    /// This colour with its opacity replaced by `alpha` (0…1).
    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// Relative luminance (WCAG 2), for choosing readable text on a fill.
    public var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : _pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// This colour moved `amount` (0…1) of the way towards `other`, channel by channel.
    public func mixed(with other: Color, amount: Double) -> Color {
        let t = Swift.min(Swift.max(amount, 0), 1)
        return Color(
            red: red + (other.red - red) * t, green: green + (other.green - green) * t, blue: blue + (other.blue - blue) * t,
            alpha: alpha)
    }

    /// This colour, or the least mix of it towards `towards` that contrasts at least
    /// `minimum` with `background`: keeps the hue a reader knows while making it visible.
    public func legible(on background: Color, towards: Color, minimum: Double = 3) -> Color {
        guard contrastRatio(with: background) < minimum else { return self }
        for step in 1...20 {
            let candidate = mixed(with: towards, amount: Double(step) / 20)
            if candidate.contrastRatio(with: background) >= minimum { return candidate }
        }
        return towards
    }

    /// WCAG contrast ratio between two opaque colours (1…21).
    public func contrastRatio(with other: Color) -> Double {
        let (l1, l2) = (luminance, other.luminance)
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
