/// A group's members; `transform` is left out when it is the identity and `opacity` when 1,
/// and both read back as those values when absent; `role`, `party` and `link` only when set.
extension Group: Codable {
    private enum CodingKeys: String, CodingKey { case id, title, description, transform, clip, opacity, children, role, party, link }

    /// Reads a group; absent `transform`, `clip` and `opacity` mean identity, none and 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decodeIfPresent(String.self, forKey: .id),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            transform: try container.decodeIfPresent(Transform.self, forKey: .transform) ?? .identity,
            clip: try container.decodeIfPresent(Rect.self, forKey: .clip),
            opacity: try container.decodeIfPresent(Double.self, forKey: .opacity) ?? 1,
            children: try container.decode([SceneNode].self, forKey: .children),
            role: try container.decodeIfPresent(MarkRole.self, forKey: .role),
            party: try container.decodeIfPresent(String.self, forKey: .party),
            link: try container.decodeIfPresent(String.self, forKey: .link))
    }

    /// Writes the group as a top-level node would be, its children's boxes in canvas coordinates.
    public func encode(to encoder: any Encoder) throws { try encode(to: encoder, in: .identity) }

    /// `outer` maps the group's coordinates to the canvas; the children's boxes are written
    /// in canvas coordinates through it and the group's own transform.
    func encode(to encoder: any Encoder, in outer: Transform) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(description, forKey: .description)
        if !transform.isIdentity { try container.encode(transform, forKey: .transform) }
        try container.encodeIfPresent(clip, forKey: .clip)
        if opacity != 1 { try container.encode(opacity, forKey: .opacity) }
        try container.encodeIfPresent(role, forKey: .role)
        try container.encodeIfPresent(party, forKey: .party)
        try container.encodeIfPresent(link, forKey: .link)
        let inner = transform.concatenating(outer)
        try container.encode(children.map { PlacedNodeEncoding(node: $0, transform: inner) }, forKey: .children)
    }
}
