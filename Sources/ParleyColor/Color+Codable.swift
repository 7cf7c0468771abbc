/// A colour in documents: `#rrggbb` (or `#rrggbbaa` when not opaque) when those digits give
/// back exactly this colour, and otherwise `{"red", "green", "blue", "alpha"}` with each channel
/// as written, so that every colour a layout makes (mixes, translucent overlays) reads back
/// unchanged. Reading also takes anything `Color(parsing:)` does.
extension Color: Codable {
    private enum CodingKeys: String, CodingKey { case red, green, blue, alpha }

    /// `hexString` when it is exact, `nil` when a channel lies between two 8-bit steps.
    public var exactHexString: String? {
        let hex = hexString
        return Color(parsing: hex) == self ? hex : nil
    }

    /// Reads `{"red", "green", "blue", "alpha"}` or any string `Color(parsing:)` takes.
    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: CodingKeys.self) {
            self.init(
                red: try container.decode(Double.self, forKey: .red), green: try container.decode(Double.self, forKey: .green),
                blue: try container.decode(Double.self, forKey: .blue), alpha: try container.decode(Double.self, forKey: .alpha))
            return
        }
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let color = Color(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a colour (#rrggbb, #rrggbbaa or {red, green, blue, alpha}), found \"\(text)\"")
        }
        self = color
    }

    /// Writes `exactHexString` when there is one, else the four channels as an object.
    public func encode(to encoder: any Encoder) throws {
        if let hex = exactHexString {
            var container = encoder.singleValueContainer()
            try container.encode(hex)
        } else {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(red, forKey: .red)
            try container.encode(green, forKey: .green)
            try container.encode(blue, forKey: .blue)
            try container.encode(alpha, forKey: .alpha)
        }
    }
}
