/// One drawable primitive of a scene. The set is closed on purpose: every renderer
/// switches over it exhaustively, so a new case is a change the compiler walks through.
public enum SceneNode: Hashable, Sendable {
    /// Children drawn under a transform and clip, with an id and accessible text.
    case group(Group)
    /// A rectangle, optionally with rounded corners.
    case rect(RectShape)
    /// A circle.
    case circle(Circle)
    /// A straight segment.
    case line(Line)
    /// Connected segments, open or closed.
    case polyline(Polyline)
    /// A free path of lines, curves and arcs.
    case path(Path)
    /// A segment with an arrow head at one or both ends.
    case arrow(Arrow)
    /// Text set at a measured size.
    case text(TextRun)
    /// A PNG or SVG picture scaled into a frame.
    case image(Image)
}

/// A set of nodes sharing a transform, clip and opacity; the unit that carries an id,
/// a title and a description into SVG for accessibility and tests.
public struct Group: Hashable, Sendable {
    /// Written as the SVG `id`, so tests and style sheets can find the group; unique within a scene.
    public var id: String?
    /// A short name, written as the SVG `<title>`.
    public var title: String?
    /// A longer explanation, written as the SVG `<desc>`.
    public var description: String?
    /// Maps the children's coordinates into the parent's.
    public var transform: Transform
    /// In the children's coordinates; nothing outside is drawn.
    public var clip: Rect?
    /// Opacity applied to the group as a whole, 0…1, so overlapping children do not show through each other.
    public var opacity: Double
    /// Nodes drawn in order, in the group's coordinates.
    public var children: [SceneNode]
    /// What the group stands for (a round, a seat, a delegation…), for style sheets, assistive
    /// technology and outlines; nil for groups that are only drawing structure.
    public var role: MarkRole?
    /// The model id of the party the group belongs to, when it belongs to one: written as a
    /// `data-party` attribute and a `parley-party-…` class so a site can restyle one party.
    public var party: String?
    /// A URL the group links to (a source): an `<a href>` in SVG, a link annotation in PDF.
    /// Only `http`, `https` and `mailto` URLs are written; writers drop any other.
    public var link: String?

    /// Makes a group; by default without id or text, untransformed, unclipped and opaque.
    public init(
        id: String? = nil, title: String? = nil, description: String? = nil, transform: Transform = .identity,
        clip: Rect? = nil, opacity: Double = 1, children: [SceneNode] = [], role: MarkRole? = nil, party: String? = nil,
        link: String? = nil
    ) {
        self.id = id; self.title = title; self.description = description; self.transform = transform
        self.clip = clip; self.opacity = opacity; self.children = children
        self.role = role; self.party = party; self.link = link
    }
}
