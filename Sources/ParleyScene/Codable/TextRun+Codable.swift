import ParleyColor
/// A text run's members; `maxWidth` is left out when the text was not fitted to a width.
/// `metrics` goes through `TextMetrics`'s own conformance, so what it carries is written whole.
extension TextRun: Codable {
    private enum CodingKeys: String, CodingKey { case text, origin, font, color, alignment, maxWidth, overflow, metrics }

    /// Reads every member, `metrics` with its lines included.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try container.decode(String.self, forKey: .text), origin: try container.decode(Point.self, forKey: .origin),
            font: try container.decode(Font.self, forKey: .font), color: try container.decode(Color.self, forKey: .color),
            alignment: try container.decode(TextAlignment.self, forKey: .alignment),
            maxWidth: try container.decodeIfPresent(Double.self, forKey: .maxWidth),
            overflow: try container.decode(TextOverflow.self, forKey: .overflow),
            metrics: try container.decode(TextMetrics.self, forKey: .metrics))
    }

    /// Writes every member, `maxWidth` only when there is one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(origin, forKey: .origin)
        try container.encode(font, forKey: .font)
        try container.encode(color, forKey: .color)
        try container.encode(alignment, forKey: .alignment)
        try container.encodeIfPresent(maxWidth, forKey: .maxWidth)
        try container.encode(overflow, forKey: .overflow)
        try container.encode(metrics, forKey: .metrics)
    }
}
