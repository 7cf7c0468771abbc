import ParleyColor

/// The whole document: `format` and `version` first, then the canvas, its accessible text
/// and the nodes. Decoding refuses another format or version.
extension Scene: Codable {
    /// The `format` member every scene document starts with, so a reader can tell what it is.
    public static let jsonFormatName = "parley-scene"
    /// Changes whenever a member's meaning does (2: the complete scene that reads back).
    public static let jsonFormatVersion = 2

    private enum CodingKeys: String, CodingKey { case format, version, width, height, background, title, description, language, nodes }

    /// Reads a whole scene, refusing another `format` or `version`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decode(String.self, forKey: .format)
        guard format == Scene.jsonFormatName else {
            throw DecodingError.dataCorruptedError(
                forKey: .format, in: container, debugDescription: "expected \"\(Scene.jsonFormatName)\", found \"\(format)\"")
        }
        let version = try container.decode(Int.self, forKey: .version)
        guard version == Scene.jsonFormatVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container,
                debugDescription: "expected \(Scene.jsonFormatVersion) (the version this Parley reads), found \(version)")
        }
        self.init(
            size: Size(
                width: try container.decode(Double.self, forKey: .width), height: try container.decode(Double.self, forKey: .height)),
            background: try container.decodeIfPresent(Color.self, forKey: .background),
            title: try container.decode(String.self, forKey: .title),
            description: try container.decode(String.self, forKey: .description),
            nodes: try container.decode([SceneNode].self, forKey: .nodes))
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? ""
    }

    /// Writes `format` and `version` first, then size, background, text and nodes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Scene.jsonFormatName, forKey: .format)
        try container.encode(Scene.jsonFormatVersion, forKey: .version)
        try container.encode(size.width, forKey: .width)
        try container.encode(size.height, forKey: .height)
        if let background { try container.encode(background, forKey: .background) } else { try container.encodeNil(forKey: .background) }
        try container.encode(title, forKey: .title)
        try container.encode(description, forKey: .description)
        // Only when known, so scenes laid out without a language read as they always have.
        if !language.isEmpty { try container.encode(language, forKey: .language) }
        try container.encode(nodes, forKey: .nodes)
    }
}
