/// A run's measured size and its lines, as writers draw them: the counts (`lineCount`,
/// `isTruncated`) follow from the lines and are not written.
extension TextMetrics: Codable {
    private enum CodingKeys: String, CodingKey { case width, height, baseline, lines }

    /// Reads `width`, `height`, `baseline` and `lines`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            width: try container.decode(Double.self, forKey: .width), height: try container.decode(Double.self, forKey: .height),
            baseline: try container.decode(Double.self, forKey: .baseline), lines: try container.decode([TextLine].self, forKey: .lines))
    }

    /// Writes `width`, `height`, `baseline` and `lines`; the derived counts are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(width, forKey: .width)
        try container.encode(height, forKey: .height)
        try container.encode(baseline, forKey: .baseline)
        try container.encode(lines, forKey: .lines)
    }
}

/// One laid-out line; `elided`, `ellipsisOffset`, `collapsedBreak` and `rightToLeft` are written
/// only when they say something (a cut, a break at a space, a right-to-left paragraph).
extension TextLine: Codable {
    private enum CodingKeys: String, CodingKey { case text, origin, width, elided, ellipsisOffset, collapsedBreak, rightToLeft }

    /// Reads a line; absent optional members take their defaults (uncut, no break, left to right).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try container.decode(String.self, forKey: .text), origin: try container.decode(Point.self, forKey: .origin),
            width: try container.decode(Double.self, forKey: .width), elided: try container.decodeIfPresent(String.self, forKey: .elided),
            collapsedBreak: try container.decodeIfPresent(String.self, forKey: .collapsedBreak) ?? "",
            isRightToLeft: try container.decodeIfPresent(Bool.self, forKey: .rightToLeft) ?? false,
            ellipsisOffset: try container.decodeIfPresent(Double.self, forKey: .ellipsisOffset))
    }

    /// Writes `text`, `origin` and `width`, and the optional members only when they say something.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(origin, forKey: .origin)
        try container.encode(width, forKey: .width)
        try container.encodeIfPresent(elided, forKey: .elided)
        try container.encodeIfPresent(ellipsisOffset, forKey: .ellipsisOffset)
        if !collapsedBreak.isEmpty { try container.encode(collapsedBreak, forKey: .collapsedBreak) }
        if isRightToLeft { try container.encode(true, forKey: .rightToLeft) }
    }
}
