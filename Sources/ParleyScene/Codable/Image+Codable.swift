import ParleyJSON

/// An image's `format`, `frame`, its bytes as base64 (`data`) and its `description` when given.
extension Image: Codable {
    private enum CodingKeys: String, CodingKey { case format, frame, data, description }

    /// Reads an image, refusing `data` that is not padded standard base64.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .data)
        guard let data = Base64.decode(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .data, in: container, debugDescription: "expected the picture's bytes in base64 (RFC 4648, padded)")
        }
        self.init(
            frame: try container.decode(Rect.self, forKey: .frame), format: try container.decode(Format.self, forKey: .format),
            data: data, description: try container.decodeIfPresent(String.self, forKey: .description))
    }

    /// Writes `format`, `frame`, `data` as base64 and `description` when there is one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(frame, forKey: .frame)
        try container.encode(Base64.encode(data), forKey: .data)
        try container.encodeIfPresent(description, forKey: .description)
    }
}
